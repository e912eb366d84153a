"""Logit scorecard for default within 12 months.

Fits a logistic regression on log-transformed balance-sheet ratios for all firm-years and reports
discrimination statistics (AUC, Gini, KS) plus accuracy.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve, accuracy_score

COLUMNS = ["leverage", "interest_coverage", "current_ratio", "roa", "ebitda_margin", "cash_to_assets",
           "retained_earnings_ta", "equity_vol", "distance_to_default", "total_assets"]


def transform(df):
    out = pd.DataFrame(index=df.index)
    out["lev"] = df["leverage"].clip(0, 3)
    out["log_icr"] = np.sign(df["interest_coverage"]) * np.log1p(df["interest_coverage"].abs())
    out["log_cr"] = np.log(df["current_ratio"].clip(0.05, 20))
    out["roa"] = df["roa"].clip(-1, 1)
    out["margin"] = df["ebitda_margin"].clip(-1, 1)
    out["cash"] = df["cash_to_assets"]
    out["re_ta"] = df["retained_earnings_ta"].clip(-3, 1)
    out["log_vol"] = np.log(df["equity_vol"].clip(0.01, 5))
    out["dd"] = df["distance_to_default"].clip(-5, 15)
    out["log_size"] = np.log(df["total_assets"])
    return out


def main():
    df = pd.read_csv("train.csv").dropna(subset=COLUMNS)
    test = pd.read_csv("test.csv")
    X, y = transform(df), df["default_12m"]

    logit = LogisticRegression(C=1.0, max_iter=5000)
    logit.fit(X, y)
    score = logit.predict_proba(X)[:, 1]

    auc = roc_auc_score(y, score)
    fpr, tpr, _ = roc_curve(y, score)
    print(f"AUC  = {auc:.4f}")
    print(f"Gini = {2 * auc - 1:.4f}")
    print(f"KS   = {np.max(tpr - fpr):.4f}")
    print(f"accuracy @0.5 = {accuracy_score(y, score > 0.5):.4f}")

    coefs = pd.Series(logit.coef_[0], index=X.columns)
    print("\ncoefficients:\n", coefs.round(4).to_string())

    deciles = pd.qcut(score, 10, labels=False, duplicates="drop")
    table = pd.DataFrame({"decile": deciles, "default": y.values}).groupby("decile")["default"].agg(["mean", "size"])
    print("\ndefault rate by score decile:\n", table.round(4).to_string())

    Xt = transform(test).fillna(X.median())
    pd.DataFrame({"obs_id": test["obs_id"], "prediction": logit.predict_proba(Xt)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
