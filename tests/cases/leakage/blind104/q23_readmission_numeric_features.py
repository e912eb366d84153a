"""Quick model for hospital readmission (diabetes encounters).

Reads train.csv, keeps the numeric columns, trains a gradient boosting model
and reports ROC AUC / F1 on a 20 % holdout.
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split


def get_args():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--outdir", default="artifacts")
    ap.add_argument("--seed", type=int, default=17)
    return ap.parse_args()


def load(path):
    df = pd.read_csv(path, na_values=["?", "Unknown/Invalid"])
    # target: readmitted within 30 days
    df["readmitted"] = (df["readmitted"] == "<30").astype(int)
    df["age_mid"] = df["age"].str.extract(r"\[(\d+)-").astype(float) + 5
    df["n_visits_prior"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
    df["is_male"] = (df["gender"] == "Male").astype(int)
    df["insulin_changed"] = df["insulin"].isin(["Up", "Down"]).astype(int)
    return df


def main():
    args = get_args()
    os.makedirs(args.outdir, exist_ok=True)
    df = load(args.data)

    numeric_cols = df.select_dtypes(include=[np.number]).columns.tolist()
    numeric_cols = [c for c in numeric_cols if c != "encounter_id"]
    print(f"{len(numeric_cols)} numeric features:", numeric_cols)

    X = df[numeric_cols].fillna(0)
    y = df["readmitted"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=args.seed
    )

    model = GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=args.seed)
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]

    res = {
        "roc_auc": roc_auc_score(y_test, proba),
        "f1": f1_score(y_test, (proba > 0.5).astype(int)),
    }
    print(json.dumps(res, indent=2))
    with open(os.path.join(args.outdir, "metrics.json"), "w") as fh:
        json.dump(res, fh, indent=2)


if __name__ == "__main__":
    main()
