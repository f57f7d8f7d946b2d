function e(e){return e}export{e as t};
//# sourceMappingURL=queryOptions-Dfvzj6n2.js.map