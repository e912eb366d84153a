"""LendWise credit default - borrower profile features + out-of-time, unseen-borrower validation."""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CFG = {
    "target": "defaulted",
    "id": "application_id",
    "borrower": "borrower_id",
    "date": "application_date",
    "leaky": ["collections_calls"],
    "cutoff": "2023-07-01",
    "rf": dict(n_estimators=500, min_samples_leaf=20, max_features=0.4, class_weight="balanced_subsample",
               n_jobs=-1, random_state=0),
}
log = logging.getLogger("credit")


class BorrowerProfile:
    """Describes each borrower's borrowing behaviour."""

    cols = ["loan_amount", "dti", "num_open_accounts"]

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        g = df.groupby(CFG["borrower"])
        out = df.copy()
        out["borrower_n_apps"] = g[CFG["id"]].transform("count")
        for c in self.cols:
            out[f"borrower_mean_{c}"] = g[c].transform("mean")
            out[f"borrower_max_{c}"] = g[c].transform("max")
        out["borrower_span_days"] = (g[CFG["date"]].transform("max") - g[CFG["date"]].transform("min")).dt.days
        return out


def base_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df[CFG["date"]] = pd.to_datetime(df[CFG["date"]])
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1)
    df = pd.get_dummies(df, columns=["home_ownership", "purpose"], dtype=int)
    return df


def split(df: pd.DataFrame):
    cut = pd.Timestamp(CFG["cutoff"])
    fit_rows = df[df[CFG["date"]] < cut]
    eval_rows = df[(df[CFG["date"]] >= cut) & ~df[CFG["borrower"]].isin(fit_rows[CFG["borrower"]].unique())]
    return fit_rows, eval_rows


def columns_for_model(df: pd.DataFrame):
    skip = {CFG["target"], CFG["id"], CFG["borrower"], CFG["date"], *CFG["leaky"]}
    return [c for c in df.columns if c not in skip]


def score(name, y, p):
    log.info("%-8s AUC=%.4f AP=%.4f", name, roc_auc_score(y, p), average_precision_score(y, p))


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()

    train = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    n_train = len(train)
    both = base_features(pd.concat([train, test], ignore_index=True))
    both = BorrowerProfile().build(both)
    df, test_fe = both.iloc[:n_train].copy(), both.iloc[n_train:].copy()

    feats = columns_for_model(df)
    fit_rows, eval_rows = split(df)
    log.info("fit %d rows, eval %d rows, %d features", len(fit_rows), len(eval_rows), len(feats))

    prior = DummyClassifier(strategy="prior").fit(fit_rows[feats], fit_rows[CFG["target"]])
    score("prior", eval_rows[CFG["target"]], prior.predict_proba(eval_rows[feats])[:, 1])
    rf = RandomForestClassifier(**CFG["rf"]).fit(fit_rows[feats], fit_rows[CFG["target"]])
    score("rf", eval_rows[CFG["target"]], rf.predict_proba(eval_rows[feats])[:, 1])

    imp = pd.Series(rf.feature_importances_, index=feats).sort_values(ascending=False)
    log.info("top features:\n%s", imp.head(10).to_string())

    final = RandomForestClassifier(**CFG["rf"]).fit(df[feats], df[CFG["target"]])
    preds = final.predict_proba(test_fe[feats])[:, 1]
    pd.DataFrame({CFG["id"]: test_fe[CFG["id"]].values, "prediction": np.round(preds, 6)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
