"""The catalogue's services, apart from the command line: settings from the environment
(`config`), the jobs (`jobs`: rebuild the index, crawl with a run report), the schedule that
runs them (`schedule`: the one process that writes the index) and what runs leave in the data
dir (`runs`: run reports and admin crawl requests, which the web app reads and writes).
"""
