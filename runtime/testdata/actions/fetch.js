// fetch against the test server: text(), json(), headers, POST with a body.
const hello = await fetch(baseUrl + "/hello");
const text = await hello.text();
const echo = await fetch(baseUrl + "/echo", {
  method: "POST",
  headers: { "Content-Type": "application/json", "X-Action": "yes" },
  body: JSON.stringify({ q: 42 }),
});
const body = await echo.json();
const missing = await fetch(baseUrl + "/missing");
Lit.Actions.setResponse({
  response: JSON.stringify({
    text,
    status: hello.status,
    type: hello.headers.get("content-type"),
    echoed: body,
    missing: [missing.status, missing.ok],
  }),
});
