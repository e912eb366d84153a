"""features.py / train.py for the SME loan default model.

Builds ratio features and category default-rate features, then evaluates a
gradient boosting model with stratified 5-fold CV. Results go to
results/cv_metrics.json.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

CONFIG = {
    "data": "train.csv",
    "target": "defaulted",
    "drop": ["loan_id"],
    "rate_cols": ["industry_sector", "region", "loan_purpose", "collateral_type"],
    "n_splits": 5,
    "seed": 21,
}


def ratio_features(df):
    df = df.copy()
    df["debt_to_revenue"] = df["total_debt"] / df["annual_revenue"].clip(lower=1)
    df["loan_to_revenue"] = df["loan_amount"] / df["annual_revenue"].clip(lower=1)
    df["ebitda_margin"] = df["ebitda"] / df["annual_revenue"].clip(lower=1)
    df["log_revenue"] = np.log1p(df["annual_revenue"].clip(lower=0))
    df["years_in_business_cap"] = df["years_in_business"].clip(upper=40)
    return df


def default_rate_features(df, cols, target):
    """Historical default rate of each category, as a numeric feature."""
    df = df.copy()
    for col in cols:
        df[f"{col}_default_rate"] = df.groupby(col)[target].transform("mean")
    return df


def main(cfg=CONFIG):
    df = pd.read_csv(cfg["data"]).drop(columns=cfg["drop"])
    df = ratio_features(df)
    df = default_rate_features(df, cfg["rate_cols"], cfg["target"])

    features = [c for c in df.columns if c not in cfg["rate_cols"] + [cfg["target"]]]
    X = df[features]
    y = df[cfg["target"]]
    print("features:", features)

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=cfg["seed"])
    cv = StratifiedKFold(n_splits=cfg["n_splits"], shuffle=True, random_state=cfg["seed"])
    res = cross_validate(model, X, y, cv=cv, scoring=["roc_auc", "average_precision"])

    out = {k: float(np.mean(v)) for k, v in res.items() if k.startswith("test_")}
    print(json.dumps(out, indent=2))
    Path("results").mkdir(exist_ok=True)
    Path("results/cv_metrics.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
