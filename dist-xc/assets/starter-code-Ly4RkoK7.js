var e=`module.exports.handler = function(event, context, callback) {
  var event = JSON.parse(event);
  console.log('httpMethod: ' + event.httpMethod + ', path: ' + event.path);
  var content = {
    path: event.path,
    method: event.httpMethod,
    headers: event.headers,
    queryParameters: event.queryParameters,
    pathParameters: event.pathParameters,
    body: event.body
    // You can write your own logic here.
  };
  var response = {
    isBase64Encoded: false,
    statusCode: '200',
    headers: {
      'x-custom-header': 'header value'
    },
    body: content
  };
  callback(null, response);
};
`;export{e as t};
//# sourceMappingURL=starter-code-Ly4RkoK7.js.map