# Churn snapshots - HistGradientBoosting, rolling-origin evaluation
#
# origins Apr..Sep; for each origin: fit on months < origin, evaluate on the
# origin month's customers that have no snapshot before it.
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

TARGET = "churned_next_month"
NOT_FEATURES = [TARGET, "customer_id", "snapshot_month",
                "retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
print(df.shape)
print(df.head().T)

cat_cols = [c for c in df.columns if df[c].dtype == object and c not in NOT_FEATURES]
print("categorical:", cat_cols)
X = pd.get_dummies(df.drop(columns=NOT_FEATURES), columns=cat_cols, dtype=float)
y = df[TARGET].to_numpy()
print("design matrix:", X.shape)

params = dict(learning_rate=0.05, max_iter=400, max_leaf_nodes=31, min_samples_leaf=50,
              l2_regularization=1.0, early_stopping=False, random_state=0)


def top_share_recall(y_true, p, share=0.1):
    k = max(1, int(share * len(p)))
    return y_true[np.argsort(-p)[:k]].sum() / max(1, y_true.sum())


months = sorted(df["snapshot_month"].unique())
records = []
for origin in months[3:]:
    tr = (df["snapshot_month"] < origin).to_numpy()
    ev = ((df["snapshot_month"] == origin) & ~df["customer_id"].isin(df.loc[tr, "customer_id"])).to_numpy()
    clf = HistGradientBoostingClassifier(**params).fit(X[tr], y[tr])
    p = clf.predict_proba(X[ev])[:, 1]
    records.append({
        "origin": pd.Timestamp(origin).strftime("%Y-%m"),
        "eval_rows": int(ev.sum()),
        "churners": int(y[ev].sum()),
        "roc_auc": roc_auc_score(y[ev], p),
        "pr_auc": average_precision_score(y[ev], p),
        "brier": brier_score_loss(y[ev], p),
        "recall@10%": top_share_recall(y[ev], p),
    })

res = pd.DataFrame(records)
print(res.round(4).to_string(index=False))
print(res[["roc_auc", "pr_auc", "brier", "recall@10%"]].mean().round(4).to_string())

final = HistGradientBoostingClassifier(**params).fit(X, y)
test = pd.read_csv("test.csv")
X_test = pd.get_dummies(test.drop(columns=[c for c in NOT_FEATURES if c in test.columns]),
                        columns=cat_cols, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
print("written", len(test))
