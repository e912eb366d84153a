"""Recursive feature elimination for the earnings-beat model, then an out-of-time check."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_selection import RFE
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss

CANDIDATES = ["consensus_eps", "eps_std", "n_analysts", "revision_30d", "revision_90d", "pre_ret_20d",
              "pre_vol_20d", "prev_surprise", "short_interest", "mcap", "guidance_flag", "dispersion",
              "rev_ratio", "abs_consensus", "analyst_coverage_log", "month", "pre_ret_x_vol"]
SPLIT = pd.Timestamp("2021-01-01")


def engineer(df):
    df = df.copy()
    df["dispersion"] = df["eps_std"] / df["consensus_eps"].abs().clip(lower=0.01)
    df["rev_ratio"] = df["revision_30d"] / (df["revision_90d"].abs() + 1e-6)
    df["abs_consensus"] = df["consensus_eps"].abs()
    df["analyst_coverage_log"] = np.log1p(df["n_analysts"])
    df["month"] = df["report_date"].dt.month
    df["pre_ret_x_vol"] = df["pre_ret_20d"] / df["pre_vol_20d"]
    return df


def main():
    df = engineer(pd.read_csv("train.csv", parse_dates=["report_date"]))
    test = engineer(pd.read_csv("test.csv", parse_dates=["report_date"]))

    selector = RFE(lgb.LGBMClassifier(n_estimators=200, learning_rate=0.05, num_leaves=15, verbose=-1),
                   n_features_to_select=8, step=1)
    selector.fit(df[CANDIDATES], df["beat"])
    ranking = pd.Series(selector.ranking_, index=CANDIDATES).sort_values()
    print(ranking.to_string())
    selected = [c for c, keep in zip(CANDIDATES, selector.support_) if keep]
    print(f"RFE kept {len(selected)} of {len(CANDIDATES)}: {selected}")

    tr = df[df["report_date"] < SPLIT]
    va = df[df["report_date"] >= SPLIT]
    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=40, verbose=-1)
    model.fit(tr[selected], tr["beat"])
    prior = DummyClassifier(strategy="prior").fit(tr[selected], tr["beat"])

    p = model.predict_proba(va[selected])[:, 1]
    print(f"out-of-time AUC {roc_auc_score(va['beat'], p):.4f}, logloss {log_loss(va['beat'], p):.4f}")
    print(f"prior baseline logloss {log_loss(va['beat'], prior.predict_proba(va[selected])[:, 1]):.4f}")

    model.fit(df[selected], df["beat"])
    pd.DataFrame({"event_id": test["event_id"], "prediction": model.predict_proba(test[selected])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
