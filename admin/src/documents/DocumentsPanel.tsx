import { Box, Button, LinearProgress, Link, List, ListItem, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import * as G from '../generated/graphql';
import { apiErrorOf, request } from '../providers/graphql';

/** An address of the API, on the back-office's origin (the session cookie travels with it). */
const apiPath = (path: string) =>
  new URL(`..${path}`, new URL(import.meta.env.BASE_URL, window.location.origin)).pathname;

/** The record a document belongs to, as DocumentInput names it. */
type Parent = 'sessionId' | 'eventId' | 'milestoneId' | 'informationDeliveryId';

interface Upload {
  key: string;
  name: string;
  /** 0 to 1 while the bytes go up. */
  progress: number;
  state: 'uploading' | 'saved' | 'failed';
  /** Translation key and arguments of a failure. */
  error?: { key: string; detail?: string };
}

interface Uploaded {
  sha256: string;
  fileName: string;
}

/** Sends one file to POST /documents/upload with its progress (fetch reports none); rejects with the reason the server gives. */
function sendFile(file: File, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiPath('/documents/upload'));
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject({ key: 'NETWORK' });
    xhr.onload = () => {
      let body: {
        errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
      } & Partial<Uploaded> = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return reject({ key: 'FAILED', detail: `HTTP ${xhr.status}` });
      }
      if (xhr.status < 300 && body.sha256) return resolve(body as Uploaded);
      const error = body.errors?.[0];
      reject({
        key: error?.extensions?.reason ?? error?.extensions?.code ?? 'FAILED',
        detail: error?.message ?? `HTTP ${xhr.status}`,
      });
    };
    xhr.send(file);
  });
}

const KNOWN_ERRORS = new Set([
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'FILE_TYPE_REFUSED',
  'FILE_TYPE_UNKNOWN',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NETWORK',
]);

/**
 * The documents of a record (its minutes, its evidence) and, for those the server lets add documents
 * under it (its `viewerCan.create`), an upload zone: drop several files or choose them; each shows its progress, then is saved as a
 * document of the record, or says in words why not.
 */
export function DocumentsPanel({ parent, kind }: { parent: Parent; kind: G.DocumentKind }) {
  const record = useRecordContext<{ id: string; publication?: G.Publication; viewerCan?: G.AbilitiesFragment }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const canAdd = !!record?.viewerCan?.create.includes('Document');
  const id = String(record?.id ?? '');
  const documents = useQuery({
    queryKey: ['documents', parent, id],
    enabled: Boolean(id),
    queryFn: () => request(G.DocumentsOfDocument, { filter: { [parent]: id } }),
  });

  const change = (key: string, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const uploadOne = async (file: File, key: string) => {
    try {
      const uploaded = await sendFile(file, (progress) => change(key, { progress }));
      change(key, { progress: 1 });
      await request(G.CreateDocumentForDocument, {
        input: {
          [parent]: id,
          title: file.name.replace(/\.[^.]+$/, ''),
          kind,
          contentSha256: uploaded.sha256,
          fileName: uploaded.fileName,
          publication: record?.publication,
        },
      });
      change(key, { state: 'saved' });
    } catch (error) {
      const api = apiErrorOf(error);
      const reason = api ? { key: api.code, detail: api.detail } : (error as { key: string; detail?: string });
      change(key, {
        state: 'failed',
        error: KNOWN_ERRORS.has(reason.key) ? { key: reason.key } : { key: 'FAILED', detail: reason.detail },
      });
    }
  };

  const start = async (files: FileList | null) => {
    if (!files?.length) return;
    const batch = [...files].map((file) => ({ file, key: `${Date.now()}-${Math.random()}` }));
    setUploads((list) => [
      ...list,
      ...batch.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: 'uploading' as const })),
    ]);
    await Promise.all(batch.map(({ file, key }) => uploadOne(file, key)));
    await documents.refetch();
    refresh();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void start(event.dataTransfer.files);
  };

  const nodes = documents.data?.page.nodes ?? [];
  return (
    <Box component="section" aria-labelledby={`${inputId}-title`} sx={{ my: 2 }}>
      <Typography id={`${inputId}-title`} variant="h6" component="h2">
        {translate('tablero.documents.title')}
      </Typography>
      {nodes.length ? (
        <List dense>
          {nodes.map((d) => (
            <ListItem key={d.id} disableGutters>
              <Link
                href={apiPath(d.downloadPath)}
                download={d.fileName}
                aria-label={translate('tablero.documents.download', { name: d.fileName })}
              >
                {d.title}
              </Link>
              <Typography variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {[
                  translate(`enums.DocumentKind.${d.kind}`),
                  d.date ?? translate('tablero.documents.no_date'),
                  translate('tablero.documents.size', { size: Math.max(1, Math.round(d.size / 1024)) }),
                  translate(`enums.Publication.${d.publication}`),
                ].join(' · ')}
              </Typography>
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2">
          {documents.isPending ? translate('ra.page.loading') : translate('tablero.documents.none')}
        </Typography>
      )}
      {canAdd ? (
        <Box
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="document-drop"
          sx={{ border: '2px dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 1, p: 2, mt: 1 }}
        >
          <Typography variant="body2" component="span">
            {translate('tablero.documents.drop')}{' '}
          </Typography>
          <Button component="label" htmlFor={inputId} size="small">
            {translate('tablero.documents.choose')}
          </Button>
          <input
            id={inputId}
            type="file"
            multiple
            hidden
            onChange={(event) => void start(event.target.files).then(() => (event.target.value = ''))}
          />
          <Typography variant="caption" component="p" color="text.secondary">
            {translate('tablero.documents.published_with')}
          </Typography>
          {uploads.map((u) => (
            <Box key={u.key} sx={{ mt: 1 }}>
              {u.state === 'failed' && u.error ? (
                <Typography role="alert" color="error" variant="body2">
                  {translate(`tablero.documents.${u.error.key}`, { name: u.name, detail: u.error.detail ?? '' })}
                </Typography>
              ) : (
                <>
                  <Typography variant="body2" role="status">
                    {translate(u.state === 'saved' ? 'tablero.documents.uploaded' : 'tablero.documents.uploading', {
                      name: u.name,
                    })}
                  </Typography>
                  <LinearProgress
                    variant="determinate"
                    value={Math.round(u.progress * 100)}
                    aria-label={translate('tablero.documents.uploading', { name: u.name })}
                  />
                </>
              )}
            </Box>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
