import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def build(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    d["tickets_per_month"] = d["support_tickets_90d"] / 3
    d["failures_any"] = (d["payment_failures"] > 0).astype(int)
    return pd.get_dummies(d, columns=["plan", "region", "contract_type"], dtype=float)


def split(d, months_out=3):
    """Returns X_train, X_test, y_train, y_test: last months out, unseen customers only."""
    cut = sorted(d.snapshot_month.unique())[-months_out]
    tr = d[d.snapshot_month < cut]
    te = d[(d.snapshot_month >= cut) & ~d.customer_id.isin(tr.customer_id)]
    cols = [c for c in d.columns if c not in DROP]
    return tr[cols], te[cols], tr[TARGET], te[TARGET]


df = build("train.csv")
X_train, X_test, y_train, y_test = split(df)
print(X_train.shape, X_test.shape, y_test.mean())

models = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.5)),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "extra": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0),
}

scores = {}
for name, m in models.items():
    m.fit(X_train, y_train)
    p = m.predict_proba(X_test)[:, 1]
    scores[name] = roc_auc_score(y_test, p)
    print(f"{name:7s} test AUC {scores[name]:.4f}  test AP {average_precision_score(y_test, p):.4f}")

best_name = max(scores, key=scores.get)
best = models[best_name]
print("selected:", best_name, "test AUC", round(scores[best_name], 4))

test = build("test.csv")
cols = X_train.columns
best.fit(pd.concat([X_train, X_test]), pd.concat([y_train, y_test]))
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": best.predict_proba(test.reindex(columns=cols, fill_value=0.0))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
