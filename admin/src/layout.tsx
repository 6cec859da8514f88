import AccountIcon from '@mui/icons-material/AccountCircle';
import CodeIcon from '@mui/icons-material/Code';
import CompareIcon from '@mui/icons-material/CompareArrows';
import TrashIcon from '@mui/icons-material/RestoreFromTrash';
import ActivityIcon from '@mui/icons-material/History';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ListSubheader, MenuItem, ListItemIcon, ListItemText } from '@mui/material';
import { forwardRef, useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  AppBar,
  Layout,
  Logout,
  Menu,
  TitlePortal,
  UserMenu,
  LocalesMenuButton,
  useCanAccess,
  useLocaleState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import type { MenuGroup } from './defineResource';
import { resourcesIn } from './registry';

/** Keeps <html lang> in step with the chosen language (WCAG 3.1.1). */
function DocumentLanguage() {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}

const AccountMenuItem = forwardRef<HTMLAnchorElement>(function AccountMenuItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/account" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <AccountIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('tablero.auth.account')}</ListItemText>
    </MenuItem>
  );
});

function TopBar() {
  return (
    <AppBar
      toolbar={<LocalesMenuButton />}
      userMenu={
        <UserMenu>
          <AccountMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

/** A heading over a group of menu items (presentational inside the menu; the items stay its direct children). */
function Group({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      <ListSubheader
        component="li"
        role="presentation"
        sx={{ lineHeight: '32px', bgcolor: 'transparent', color: 'text.secondary' }}
      >
        {translate(label)}
      </ListSubheader>
      {children}
    </>
  );
}

function AuditReaders({ children }: { children: ReactNode }) {
  const { canAccess } = useCanAccess({ action: 'history', resource: 'activity' });
  return canAccess ? <>{children}</> : null;
}

function Importers({ children }: { children: ReactNode }) {
  const { canAccess } = useCanAccess({ action: 'import', resource: 'imports' });
  return canAccess ? <>{children}</> : null;
}

function RestorersOnly({ children }: { children: ReactNode }) {
  const { canAccess } = useCanAccess({ action: 'restore', resource: 'trash' });
  return canAccess ? <>{children}</> : null;
}

/** A group's resources (their resource.ts places them); each item hides itself from an account that may not list it. */
const resourceItems = (group: MenuGroup) =>
  resourcesIn(group).map((name) => <Menu.ResourceItem key={name} name={name} />);

/** The menu, grouped by the work it serves. */
function GroupedMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Group label="tablero.menu.work">{resourceItems('work')}</Group>
      <Group label="tablero.menu.secretariat">{resourceItems('secretariat')}</Group>
      <Group label="tablero.menu.plan">{resourceItems('plan')}</Group>
      <Group label="tablero.menu.evaluation">
        {resourceItems('evaluation')}
        <Menu.Item to="/comparison" primaryText="tablero.menu.comparison" leftIcon={<CompareIcon />} />
      </Group>
      <Group label="tablero.menu.catalogs">{resourceItems('catalogs')}</Group>
      <Group label="tablero.menu.administration">
        {resourceItems('administration')}
        <AuditReaders>
          <Menu.Item to="/activity" primaryText="tablero.menu.activity" leftIcon={<ActivityIcon />} />
        </AuditReaders>
        <Importers>
          <Menu.Item to="/import" primaryText="tablero.menu.import" leftIcon={<UploadFileIcon />} />
        </Importers>
        <RestorersOnly>
          <Menu.Item to="/trash" primaryText="tablero.menu.trash" leftIcon={<TrashIcon />} />
        </RestorersOnly>
        <Menu.Item to="/embed" primaryText="tablero.menu.embed" leftIcon={<CodeIcon />} />
      </Group>
    </Menu>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={TopBar} menu={GroupedMenu}>
      <DocumentLanguage />
      {children}
    </Layout>
  );
}
