// A thrown error ends the run with a script error.
console.log("about to fail");
throw new Error("boom: bad input");
