import {
  type AnchorHTMLAttributes,
  type ComponentType,
  createContext,
  type ReactNode,
  useContext,
} from 'react'

/**
 * The design system is router-agnostic (ARCHITECTURE.md: components/ui), yet its links must do
 * client-side navigation. The app provides its router's link component once through this context;
 * without a provider (tests, storybook-like use) a plain <a> is used.
 */
export type LinkComponentProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string
  children?: ReactNode
}

const LinkContext = createContext<ComponentType<LinkComponentProps> | null>(null)

export function LinkProvider({
  component,
  children,
}: {
  component: ComponentType<LinkComponentProps>
  children: ReactNode
}) {
  return <LinkContext.Provider value={component}>{children}</LinkContext.Provider>
}

export function AppLink(props: LinkComponentProps) {
  const Component = useContext(LinkContext)
  if (Component) return <Component {...props} />
  const { href, children, ...rest } = props
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  )
}

/** A link that looks like a button (navigation stays a link for assistive tech and middle-click). */
export function ButtonLink({
  variant = 'secondary',
  size = 'md',
  icon,
  className,
  children,
  ...props
}: LinkComponentProps & {
  variant?: 'primary' | 'secondary' | 'ghost'
  size?: 'sm' | 'md'
  icon?: ReactNode
}) {
  return (
    <AppLink
      className={['btn', `btn--${variant}`, size === 'sm' && 'btn--sm', className].filter(Boolean).join(' ')}
      {...props}
    >
      {icon}
      {children}
    </AppLink>
  )
}
