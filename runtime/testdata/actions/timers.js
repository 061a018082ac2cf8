// setTimeout works for sleeps; logs keep their order.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
console.log("a");
await sleep(20);
console.log("b");
setTimeout(() => console.log("c"), 5);
const t = setTimeout(() => console.log("never"), 10);
clearTimeout(t);
Lit.Actions.setResponse({ response: "slept" });
