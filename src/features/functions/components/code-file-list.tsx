import { FileIcon } from '@/components/ui/icons'

/** The files of the code package, shown when it has more than one; the open one is aria-current. */
export function CodeFileList({
  paths,
  selected,
  dirtyPaths,
  onSelect,
}: {
  paths: readonly string[]
  selected: string
  dirtyPaths: readonly string[]
  onSelect: (path: string) => void
}) {
  return (
    <nav aria-label="Files" className="file-list">
      <ul>
        {paths.map((path) => {
          const dirty = dirtyPaths.includes(path)
          return (
            <li key={path}>
              <button
                type="button"
                className="file-list__item"
                aria-current={path === selected ? 'true' : undefined}
                onClick={() => onSelect(path)}
              >
                <FileIcon />
                <span className="file-list__name">{path}</span>
                {dirty && (
                  <span className="file-list__dirty" title="Unsaved changes">
                    <span aria-hidden="true">●</span>
                    <span className="sr-only">(unsaved changes)</span>
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
