import{E as e,I as t,S as n,W as r,b as i,k as a,w as o}from"./fc3-DhnzLTXt.js";import{l as s,s as c}from"./error-panel-QByQ3ckj.js";var l=`custom.debian10`,u=`index.js`,d={command:[`node`],args:[u]},f=`http-trigger`,p=`const http = require('http');

const port = process.env.FC_SERVER_PORT || ${i};

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
`,m=e=>a(e.runtime);function h(e){return{...e,runtime:l,handler:`index.handler`,customRuntimeConfig:{...d,port:i}}}function g(t,r=f){let i={triggerName:r,triggerType:`http`,qualifier:`LATEST`,triggerConfig:JSON.stringify({authType:`anonymous`,methods:[...n]})};return s(c.fc3(`functions`,t,`triggers`),e,{method:`POST`,json:i})}function _(e,t){return s(c.fc3(`functions`,e,`triggers`),o,{query:{limit:100},signal:t})}function v(e){return e.find(e=>e.triggerType===`http`&&e.httpTrigger)}var y=r({runtimeMode:t([`browser`,`node`])});async function b(e){try{return(await s(c.emulator(`health`),y,{signal:e})).runtimeMode}catch{return`cloud`}}var x="Web functions run only with the local cloud (`npm start`): this browser-only console cannot start an HTTP server. You can create and configure one here, but calling it answers 501 (X501NS, WEB_FUNCTIONS_NEED_LOCAL_CLOUD). Start the console with `npm start` to run it.";export{b as a,m as c,p as i,_ as l,d as n,g as o,u as r,v as s,x as t,h as u};
//# sourceMappingURL=web-function-CM29N2Z5.js.map