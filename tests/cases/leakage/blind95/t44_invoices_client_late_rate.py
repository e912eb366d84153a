"""Invoice late-payment risk.

Client behaviour is the strongest signal: some clients are always late.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["issue_date", "due_date"])
test = pd.read_csv("test.csv", parse_dates=["issue_date", "due_date"])
df = df.sort_values("issue_date").reset_index(drop=True)

# ---- client profile -------------------------------------------------------
client = df.groupby("client_id").agg(
    client_late_rate=("paid_late", "mean"),
    client_n_invoices=("invoice_id", "count"),
    client_avg_amount=("amount", "mean"),
)
df = df.join(client, on="client_id")
test = test.join(client, on="client_id")
test["client_late_rate"] = test["client_late_rate"].fillna(df["paid_late"].mean())
test["client_n_invoices"] = test["client_n_invoices"].fillna(0)


def feats(d):
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d["amount"])
    out["amount_vs_client"] = d["amount"] / d["client_avg_amount"]
    out["terms"] = d["payment_terms_days"]
    out["lines"] = d["n_line_items"]
    out["credit_score"] = d["credit_score"]
    out["month"] = d["issue_date"].dt.month
    for c in ["client_late_rate", "client_n_invoices"]:
        out[c] = d[c]
    return out.join(pd.get_dummies(d[["industry", "client_size", "country"]], dtype=float))


X = feats(df)
y = df["paid_late"]

# ---- out-of-time validation ----------------------------------------------------
cut = pd.Timestamp("2024-01-01")
tr = df["issue_date"] < cut
va = ~tr
print(f"train {tr.sum()} valid {va.sum()} late rate valid {y[va].mean():.3f}")

baseline = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           scale_pos_weight=5, random_state=1, verbose=-1).fit(X[tr], y[tr])
for name, m in [("baseline", baseline), ("lgbm", model)]:
    p = m.predict_proba(X[va])[:, 1]
    print(f"{name:8s} AUC={roc_auc_score(y[va], p):.4f} AP={average_precision_score(y[va], p):.4f}")

model.fit(X, y)
X_test = feats(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"invoice_id": test["invoice_id"], "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
