"""Executes a notebook in Jupyter's Deno kernel (nbclient, Debian's python3-nbclient) and prints each
code cell's outputs as JSON: {"<cell index>": {"stream": text, "bundle": {mime: text} or null}}.
The kernel is the deno binary given, registered in a temporary JUPYTER_PATH (nothing is installed).

    /usr/bin/python3 scripts/notebook-kernel.py node_modules/.bin/deno docs/notebook.ipynb
"""
import json
import os
import sys
import tempfile

import nbformat
from nbclient import NotebookClient

deno, notebook = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
home = tempfile.mkdtemp(prefix='staffing-model-kernel-')
os.makedirs(os.path.join(home, 'kernels', 'deno'))
with open(os.path.join(home, 'kernels', 'deno', 'kernel.json'), 'w') as spec:
    json.dump({'argv': [deno, 'jupyter', '--kernel', '--conn', '{connection_file}'], 'display_name': 'Deno', 'language': 'typescript'}, spec)
os.environ['JUPYTER_PATH'] = home
os.environ['NO_COLOR'] = '1'

nb = nbformat.read(notebook, as_version=4)
NotebookClient(nb, timeout=300, kernel_name='deno', resources={'metadata': {'path': os.path.dirname(notebook)}}).execute()
result = {}
for index, cell in enumerate(nb.cells):
    if cell.cell_type != 'code':
        continue
    stream = ''.join(output.text for output in cell.outputs if output.output_type == 'stream' and output.name == 'stdout')
    bundles = [dict(output.data) for output in cell.outputs if output.output_type in ('execute_result', 'display_data')]
    result[str(index)] = {'stream': stream, 'bundle': bundles[-1] if bundles else None}
json.dump(result, sys.stdout)
