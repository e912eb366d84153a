"""Churn snapshots: history features built strictly from earlier snapshots of the same customer."""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"


def history_features(frame):
    """Everything here looks backwards: shift(1) before any window, so row t only sees t-1, t-2, ..."""
    f = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = f.groupby("customer_id", sort=False)
    for col in ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]:
        prev = g[col].shift(1)
        f[f"{col}_prev"] = prev
        f[f"{col}_delta"] = f[col] - prev
        f[f"{col}_past3_mean"] = prev.groupby(f["customer_id"]).transform(
            lambda s: s.rolling(3, min_periods=1).mean())
    f["past_tickets_total"] = g["support_tickets"].transform(lambda s: s.shift(1).expanding().sum())
    f["n_prev_snapshots"] = g.cumcount()
    f["plan_changed"] = (f["plan"] != g["plan"].shift(1)).astype(int)
    f.loc[f["n_prev_snapshots"] == 0, "plan_changed"] = 0
    return f


CURRENT = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
HISTORY = [f"{c}_{k}" for c in ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]
           for k in ["prev", "delta", "past3_mean"]] + ["past_tickets_total", "n_prev_snapshots", "plan_changed"]


def main():
    train = history_features(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
    test = history_features(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
    feats = CURRENT + HISTORY

    cut = pd.Timestamp("2024-07-01")
    fit_part = train[train["snapshot_month"] < cut]
    eval_part = train[train["snapshot_month"] >= cut]
    # drop customers already seen before the cut so the evaluation matches test.csv (unseen customers)
    eval_part = eval_part[~eval_part["customer_id"].isin(set(fit_part["customer_id"]))]
    print(f"fit {len(fit_part)} rows / eval {len(eval_part)} rows "
          f"({eval_part['customer_id'].nunique()} customers), eval churn {eval_part[TARGET].mean():.4f}")

    y_fit, y_eval = fit_part[TARGET], eval_part[TARGET]

    models = {
        "baseline: logreg on tenure only": (
            make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression()),
            ["tenure_months"]),
        "logreg, current snapshot": (
            make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                          LogisticRegression(max_iter=2000, C=0.5)), CURRENT),
        "hgb, current + history": (
            HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=20,
                                           random_state=3), feats),
    }

    rows = []
    for name, (model, cols) in models.items():
        model.fit(fit_part[cols], y_fit)
        p = model.predict_proba(eval_part[cols])[:, 1]
        rows.append({"model": name, "auc": roc_auc_score(y_eval, p), "ap": average_precision_score(y_eval, p)})
    table = pd.DataFrame(rows).set_index("model")
    print(table.round(4).to_string())

    # lift of the top 5% scored
    hgb = models["hgb, current + history"][0]
    p = hgb.predict_proba(eval_part[feats])[:, 1]
    top = np.argsort(-p)[: max(1, len(p) // 20)]
    print("churn rate in top 5%%: %.3f vs %.3f overall" % (y_eval.values[top].mean(), y_eval.mean()))

    final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=20, random_state=3)
    final.fit(train[feats], train[TARGET])
    sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[feats])[:, 1]})
    sub.to_csv("predictions.csv", index=False)
    print("predictions.csv:", sub.shape)


if __name__ == "__main__":
    main()
