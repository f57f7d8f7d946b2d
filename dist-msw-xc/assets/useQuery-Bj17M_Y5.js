import{I as e,R as t}from"./error-panel-QByQ3ckj.js";function n(n,r){return e(n,t,r)}export{n as t};
//# sourceMappingURL=useQuery-Bj17M_Y5.js.map