"""Gradient boosting on engineered engagement features for the churn task."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
KEYWORDS = {
    "kw_cancel": r"cancel|terminate|close my account",
    "kw_price": r"price|expensive|bill|charge",
    "kw_outage": r"outage|no signal|down|slow",
    "kw_competitor": r"competitor|switch|other provider",
}

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
raw = raw.drop(columns=["account_closed_date_known"])
raw["last_ticket_text"] = raw["last_ticket_text"].fillna("")


def engagement_features(frame):
    out = pd.DataFrame(index=frame.index)
    out["tenure_months"] = frame["tenure_months"]
    out["charges_per_month"] = frame["total_charges"] / frame["tenure_months"].clip(lower=1)
    out["monthly_charges"] = frame["monthly_charges"]
    out["tickets"] = frame["num_support_tickets"]
    out["login_gap"] = frame["days_since_last_login"]
    out["usage_gb"] = frame["data_usage_gb"]
    out["contact_intensity"] = (
        frame["num_support_tickets"] + 2 * frame["retention_offer_accepted"].fillna(0).astype(int)
    )
    out["is_monthly"] = (frame["contract_type"] == "month-to-month").astype(int)
    for name, pattern in KEYWORDS.items():
        out[name] = frame["last_ticket_text"].str.contains(pattern, case=False, regex=True).astype(int)
    out["ticket_len"] = frame["last_ticket_text"].str.split().str.len()
    return out


cutoff = raw["snapshot_month"].quantile(0.8)
history = raw[raw["snapshot_month"] < cutoff]
holdout = raw[raw["snapshot_month"] >= cutoff]
holdout = holdout[~holdout["customer_id"].isin(history["customer_id"].unique())]
print(f"cutoff {cutoff:%Y-%m}: {len(history)} train / {len(holdout)} holdout rows")

X_tr, y_tr = engagement_features(history), history[TARGET]
X_ho, y_ho = engagement_features(holdout), holdout[TARGET]

gbm = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400,
                                     max_leaf_nodes=31, l2_regularization=1.0,
                                     random_state=7)
gbm.fit(X_tr, y_tr)
scores = gbm.predict_proba(X_ho)[:, 1]

base = DummyClassifier(strategy="stratified", random_state=7).fit(X_tr, y_tr)
base_scores = base.predict_proba(X_ho)[:, 1]

for name, s in [("hgb", scores), ("dummy", base_scores)]:
    print(f"{name:6s} auc={roc_auc_score(y_ho, s):.3f} ap={average_precision_score(y_ho, s):.3f}")

top_decile = np.quantile(scores, 0.9)
print("churn rate in top decile:", y_ho[scores >= top_decile].mean().round(3))
