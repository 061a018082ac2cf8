// A rejected promise nobody handles ends the run with its reason.
const go = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  throw new Error("async failure");
};
go();
