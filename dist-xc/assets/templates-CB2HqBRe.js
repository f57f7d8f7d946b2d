import{D as e,g as t}from"./triggers-CrLFXxcE.js";var n=t.map(e=>({value:e,label:r(e)}));function r(e){let t=/^nodejs(\d+)$/.exec(e);if(t)return`Node.js ${t[1]}`;let n=/^python(\d(?:\.\d+)?)$/.exec(e);return n?`Python ${n[1]}`:e}var i=`exports.handler = function(event, context, callback) {
  // The event is a Buffer: here, JSON such as {"key1": "value1"}.
  var eventObj = JSON.parse(event.toString() || '{}');
  console.log('requestId: ' + context.requestId + ', key1 = ' + eventObj.key1);
  callback(null, 'hello from ' + context.service.name + '/' + context.function.name);
};
`,a=`exports.handler = function(req, resp, context) {
  console.log(req.method + ' ' + req.path);
  resp.setStatusCode(200);
  resp.setHeader('content-type', 'application/json');
  resp.send(JSON.stringify({ path: req.path, queries: req.queries, body: req.body.toString() }));
};
`,o=`# -*- coding: utf-8 -*-
import json
import logging


def handler(event, context):
    # The event is bytes: here, JSON such as {"key1": "value1"}.
    evt = json.loads(event or b'{}')
    logging.getLogger().info('key1 = %s', evt.get('key1'))
    return 'hello from %s/%s' % (context.service.name, context.function.name)
`,s=`# -*- coding: utf-8 -*-
import json


def handler(environ, start_response):
    body = environ['wsgi.input'].read()
    start_response('200 OK', [('Content-Type', 'application/json')])
    return [json.dumps({'path': environ['PATH_INFO'], 'body': body.decode()}).encode()]
`;function c(t,n){return e(t)?n===`http`?s:o:n===`http`?a:i}function l(t,n){let r=t.lastIndexOf(`.`);return`${r>0?t.slice(0,r):`index`}.${e(n)?`py`:`js`}`}export{c as i,l as n,r,n as t};
//# sourceMappingURL=templates-CB2HqBRe.js.map