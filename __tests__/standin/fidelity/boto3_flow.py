"""The action's whole flow done by boto3 against the running stand-in: GitHub's OIDC token, STS
AssumeRoleWithWebIdentity, a managed multipart upload (upload_file with a small multipart_threshold),
CreateImportJob, GetImportJob until COMPLETED, then GetSegment. Every answer is also walked against
botocore's model (model_check.Checker). Prints a JSON report; exits 1 on any problem.
"""

import json
import os
import sys
import time

import boto3
import botocore
import botocore.session
from boto3.s3.transfer import TransferConfig
from botocore.config import Config

from model_check import APP, BUCKET, GITHUB_ROLE, IMPORT_ROLE, MIB, REGION, Checker, find_segment_id, id_token


def write_list(path, at_least):
    """A CSV list of EMAIL endpoints of at least `at_least` bytes; returns the number of rows."""
    rows = 0
    with open(path, "w", encoding="utf-8") as out:
        written = out.write("ChannelType,Address,Attributes.Note\n")
        while written < at_least:
            written += out.write(f"EMAIL,user{rows:07d}@example.com,{'n' * 60}\n")
            rows += 1
    return rows


def main():
    core = botocore.session.get_session()
    checker = Checker(core)
    core.register("after-call.*.*", checker.after_call)
    session = boto3.Session(botocore_session=core, region_name=REGION)
    config = Config(retries={"max_attempts": 0}, s3={"addressing_style": "path"})

    sts = session.client(
        "sts", endpoint_url=os.environ["AWS_ENDPOINT_URL_STS"],
        config=config.merge(Config(signature_version=botocore.UNSIGNED)),
    )
    credentials = sts.assume_role_with_web_identity(
        RoleArn=GITHUB_ROLE, RoleSessionName="boto3-flow", WebIdentityToken=id_token()
    )["Credentials"]
    keys = {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials["SessionToken"],
    }

    s3 = session.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL_S3"], config=config, **keys)
    path = os.path.join(os.environ.get("SCRATCH", "."), "boto3-list.csv")
    rows = write_list(path, 11 * MIB)
    key = "boto3/list.csv"
    s3.upload_file(
        path, BUCKET, key,
        Config=TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB, max_concurrency=2),
    )
    head = s3.head_object(Bucket=BUCKET, Key=key, ChecksumMode="ENABLED")
    if head["ContentLength"] != os.path.getsize(path):
        checker.problem("s3 HeadObject", f"{head['ContentLength']} bytes, the file has {os.path.getsize(path)}")
    if not head["ETag"].endswith('-3"'):
        checker.problem("s3 HeadObject", f"ETag {head['ETag']} is not a 3-part multipart ETag")
    checksums = {name: value for name, value in head.items() if name.startswith("Checksum") and name != "ChecksumType"}
    checksum_type = head["ResponseMetadata"]["HTTPHeaders"].get("x-amz-checksum-type")
    # boto3 sends CRC32 per part by default (older ones none): S3 then reports a composite checksum.
    if checksums and (checksum_type != "COMPOSITE" or not all(v.endswith("-3") for v in checksums.values())):
        checker.problem("s3 HeadObject", f"checksum {checksums} {checksum_type!r}, expected COMPOSITE with -3")

    pinpoint = session.client("pinpoint", endpoint_url=os.environ["AWS_ENDPOINT_URL_PINPOINT"], config=config, **keys)
    job = pinpoint.create_import_job(
        ApplicationId=APP,
        ImportJobRequest={"Format": "CSV", "S3Url": f"s3://{BUCKET}/{key}", "RoleArn": IMPORT_ROLE,
                          "DefineSegment": True, "RegisterEndpoints": True, "SegmentName": "boto3-flow"},
    )["ImportJobResponse"]
    deadline = time.monotonic() + 90
    while job["JobStatus"] not in ("COMPLETED", "FAILED") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = pinpoint.get_import_job(ApplicationId=APP, JobId=job["Id"])["ImportJobResponse"]
    if job["JobStatus"] != "COMPLETED":
        checker.problem("pinpoint GetImportJob", f"the job is {job['JobStatus']}: {job.get('Failures')}")
    if job.get("TotalProcessed") != rows or job.get("TotalFailures") != 0:
        checker.problem("pinpoint GetImportJob", f"{job.get('TotalProcessed')} processed, {job.get('TotalFailures')} failed; the file has {rows} rows")
    segment_id = find_segment_id(pinpoint, job, "boto3-flow")
    if not segment_id:
        checker.problem("pinpoint", "the import created no segment that GetSegment finds")
    else:
        segment = pinpoint.get_segment(ApplicationId=APP, SegmentId=segment_id)["SegmentResponse"]
        if segment.get("Name") != "boto3-flow" or segment["ImportDefinition"].get("Size") != rows:
            checker.problem("pinpoint GetSegment", f"segment {segment.get('Name')!r} of {segment['ImportDefinition'].get('Size')}")

    print(json.dumps({"botocore": botocore.__version__, "boto3": boto3.__version__, "rows": rows,
                      "checked": checker.checked, "problems": checker.problems,
                      "notes": sorted(checker.notes)}))
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
