"""B2B churn take-home: score each monthly account snapshot for churn next quarter.

Feature blocks are registered in a dispatch table; `--blocks` picks which ones
are used, so experiments are just different command lines. The "keys" block is
only for debugging joins and is not in the default feature set.
"""
import argparse
from functools import partial

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_quarter"


def usage_block(frame):
    return frame[["logins_30d", "seats"]].assign(logins_per_seat=frame["logins_30d"] / frame["seats"].clip(lower=1))


def billing_block(frame):
    return frame[["mrr", "contract_months_left"]]


def support_block(frame):
    return frame[["support_tickets_30d", "nps_score"]].fillna({"nps_score": 0})


def key_block(frame):
    return frame[["snapshot_id"]]


BLOCKS = {
    "usage": usage_block,
    "billing": billing_block,
    "support": support_block,
    "keys": key_block,
}


def assemble(frame, names):
    return pd.concat([BLOCKS[n](frame) for n in names], axis=1)


def split_new_accounts(frame, cutoff):
    before = frame[frame["snapshot_month"] < cutoff]
    after = frame[frame["snapshot_month"] >= cutoff]
    return before, after[~after["account_id"].isin(before["account_id"])]


def evaluator(train, test, names):
    X_tr, X_te = assemble(train, names), assemble(test, names)

    def run(model):
        proba = model.fit(X_tr, train[TARGET]).predict_proba(X_te)[:, 1]
        return roc_auc_score(test[TARGET], proba), average_precision_score(test[TARGET], proba)

    return run


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--cutoff", default="2023-10-01")
    parser.add_argument("--blocks", nargs="+", default=["usage", "billing", "support"])
    args = parser.parse_args(argv)

    frame = pd.read_csv(args.data, parse_dates=["snapshot_month"])
    run = evaluator(*split_new_accounts(frame, pd.Timestamp(args.cutoff)), args.blocks)
    for name, model in [("baseline_prior", DummyClassifier(strategy="prior")),
                        ("gbm", GradientBoostingClassifier(n_estimators=200, max_depth=3))]:
        auc, ap = run(model)
        print(f"{name}: roc_auc={auc:.3f} ap={ap:.3f}")


if __name__ == "__main__":
    main()
