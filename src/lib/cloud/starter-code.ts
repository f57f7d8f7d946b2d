/**
 * The starter code of a new event function: the Node.js API Gateway handler of the Function
 * Compute guide (seed 000 / 002, "Step 3: Write the function code"), which parses the API Gateway
 * event and answers with the `{isBase64Encoded, statusCode, headers, body}` envelope the gateway
 * expects (seed 000, "Step 5: View the result").
 *
 * Two deliberate changes from the seed's text:
 * - `method: event.httpMethod` — the seed's Node sample reads `event.method`, which the event does
 *   not have (its own event table and Python sample use `httpMethod`), so it always returned undefined;
 * - one `console.log`, so the first test already shows something under Log Output.
 */
export const STARTER_CODE = `module.exports.handler = function(event, context, callback) {
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
`
