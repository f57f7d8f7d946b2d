/**
 * Answers the emulator builds from bytes it already holds — nearly all of them: API JSON, a function's
 * result, a gateway envelope.
 *
 * Why not a plain `new Response(bytes)`: on Node 20 every Response with a body builds a ReadableStream at
 * once (~16 µs with its transferable set-up), reading it back costs several promise turns, and
 * `Response.clone()` hands one branch of its tee through `structuredClone` (a MessagePort transfer).
 * In the gateway data plane those were ~40% of a call's CPU (docs/benchmarks.md, `data-plane`), for
 * streams nobody needed: the local cloud writes the bytes to the socket, the gateway's trace keeps
 * them. So the stream is made only when somebody asks for it (`body`, `arrayBuffer()`, … behave as on
 * any Response), and `inMemoryBody` hands the bytes to those who can take them directly.
 */

const encoder = new TextEncoder()

type BodyMethod = 'arrayBuffer' | 'blob' | 'bytes' | 'formData' | 'json' | 'text'

class InMemoryResponse extends Response {
  readonly #bytes: Uint8Array
  /** The ordinary Response the body calls go to, made on the first one. */
  #streamed: Response | undefined

  constructor(bytes: Uint8Array, init: ResponseInit) {
    super(null, init)
    this.#bytes = bytes
  }

  /** The bytes, as long as nobody has started reading the body as a stream. */
  get inMemoryBytes(): Uint8Array | undefined {
    return this.#streamed ? undefined : this.#bytes
  }

  #stream(): Response {
    this.#streamed ??= new Response(this.#bytes as Uint8Array<ArrayBuffer>, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    })
    return this.#streamed
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#stream().body
  }

  override get bodyUsed(): boolean {
    return this.#streamed?.bodyUsed ?? false
  }

  #read<M extends BodyMethod>(method: M): ReturnType<Response[M]> {
    const response = this.#stream()
    return response[method].call(response) as ReturnType<Response[M]>
  }

  override arrayBuffer() {
    return this.#read('arrayBuffer')
  }
  override blob() {
    return this.#read('blob')
  }
  override bytes() {
    return this.#read('bytes')
  }
  override formData() {
    return this.#read('formData')
  }
  override json() {
    return this.#read('json')
  }
  override text() {
    return this.#read('text')
  }

  override clone(): Response {
    // Once its body is being read it is an ordinary Response: its clone() says what the standard says.
    if (this.#streamed) return this.#streamed.clone()
    return new InMemoryResponse(this.#bytes, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    })
  }
}

/**
 * A Response over `body` (a string is sent as UTF-8; with no content-type given it is
 * `text/plain;charset=UTF-8`, as `new Response(string)` would say). `null`: no body.
 */
export function inMemoryResponse(
  body: Uint8Array | string | null,
  init: { status: number; headers?: HeadersInit },
): Response {
  if (body === null) return new Response(null, init)
  if (typeof body === 'string') {
    const headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers)
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8')
    return new InMemoryResponse(encoder.encode(body), { status: init.status, headers })
  }
  return new InMemoryResponse(body, init)
}

/**
 * The body of a Response built by `inMemoryResponse` whose body nobody has read as a stream: its bytes;
 * of a Response without a body: no bytes. `undefined` for any other Response (read it the usual way).
 */
export function inMemoryBody(response: Response): Uint8Array | undefined {
  if (response instanceof InMemoryResponse) return response.inMemoryBytes
  return response.body === null ? new Uint8Array() : undefined
}
