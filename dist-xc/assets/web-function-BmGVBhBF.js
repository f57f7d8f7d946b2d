import{D as e,E as t,L as n,M as r,O as i,T as a,W as o,s,w as c}from"./error-panel-BpG3JkZz.js";var l=`custom.debian10`,u=`index.js`,d={command:[`node`],args:[u]},f=`http-trigger`,p=`const http = require('http');

const port = process.env.FC_SERVER_PORT || ${c};

http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      console.log(req.method + ' ' + req.url);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message: 'Hello from a web function',
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: body,
        }),
      );
    });
  })
  .listen(port, () => console.log('listening on ' + port));
`,m=e=>i(e.runtime);function h(e){return{...e,runtime:l,handler:`index.handler`,customRuntimeConfig:{...d,port:c}}}function g(t,n=f){let i={triggerName:n,triggerType:`http`,qualifier:`LATEST`,triggerConfig:JSON.stringify({authType:`anonymous`,methods:[...a]})};return r(s.fc3(`functions`,t,`triggers`),e,{method:`POST`,json:i})}function _(e,n){return r(s.fc3(`functions`,e,`triggers`),t,{query:{limit:100},signal:n})}function v(e){return e.find(e=>e.triggerType===`http`&&e.httpTrigger)}var y=o({runtimeMode:n([`browser`,`node`])});async function b(e){try{return(await r(s.emulator(`health`),y,{signal:e})).runtimeMode}catch{return`cloud`}}var x="Web functions run only with the local cloud (`npm start`): this browser-only console cannot start an HTTP server. You can create and configure one here, but calling it answers 501 (X501NS, WEB_FUNCTIONS_NEED_LOCAL_CLOUD). Start the console with `npm start` to run it.";export{b as a,m as c,p as i,_ as l,d as n,g as o,u as r,v as s,x as t,h as u};
//# sourceMappingURL=web-function-BmGVBhBF.js.map