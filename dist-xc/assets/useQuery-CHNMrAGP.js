import{Ct as e,xt as t}from"./error-panel-BpG3JkZz.js";function n(n,r){return t(n,e,r)}export{n as t};
//# sourceMappingURL=useQuery-CHNMrAGP.js.map