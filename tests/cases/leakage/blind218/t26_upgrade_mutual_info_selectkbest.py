# upgrade_model.py
# Predict trial -> paid upgrade. Lots of event-type counts (one per feature of
# the app, ~80 of them), so I select the most informative ones with mutual
# information before fitting.
import numpy as np
import pandas as pd
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

K = 20
RANDOM_STATE = 7


def event_matrix(path="data/events.parquet"):
    ev = pl.read_parquet(path)
    wide = (
        ev.group_by("user_id", "event_type")
        .agg(pl.len().alias("n"))
        .pivot(on="event_type", index="user_id", values="n")
        .fill_null(0)
    )
    totals = ev.group_by("user_id").agg(
        pl.len().alias("events_total"),
        pl.col("session_id").n_unique().alias("sessions"),
        pl.col("duration_s").mean().alias("avg_duration_s"),
    )
    return wide.join(totals, on="user_id")


users = pl.read_parquet("data/users.parquet")
data = users.join(event_matrix(), on="user_id", how="left").fill_null(0)

profile_dummies = data.select("platform", "acquisition_channel", "age_band").to_dummies()
numeric = data.drop(
    "user_id", "signup_date", "upgraded", "plan_after_trial", "first_invoice_amount",
    "platform", "acquisition_channel", "age_band", "country", "utm_campaign",
)
X_full = pl.concat([numeric, profile_dummies], how="horizontal").to_pandas()
y_full = data["upgraded"].to_numpy()
print("candidate features:", X_full.shape[1])

# ---- feature selection --------------------------------------------------------
selector = SelectKBest(score_func=lambda X, y: mutual_info_classif(X, y, random_state=RANDOM_STATE), k=K)
selector.set_output(transform="pandas")
X_sel = selector.fit_transform(X_full, y_full)
mi = pd.Series(selector.scores_, index=X_full.columns).sort_values(ascending=False)
print("top mutual information:\n", mi.head(K).round(4))

X_train, X_test, y_train, y_test = train_test_split(
    X_sel, y_full, test_size=0.25, stratify=y_full, random_state=RANDOM_STATE
)

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.5)),
    "random_forest": RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1,
                                            random_state=RANDOM_STATE),
}

rows = []
for name, m in models.items():
    m.fit(X_train, y_train)
    proba = m.predict_proba(X_test)[:, 1]
    rows.append(dict(
        model=name,
        roc_auc=roc_auc_score(y_test, proba),
        pr_auc=average_precision_score(y_test, proba),
        f1=f1_score(y_test, (proba >= 0.5).astype(int), zero_division=0),
    ))
print(pd.DataFrame(rows).round(4).to_string(index=False))

# which of the selected features does the forest lean on?
rf = models["random_forest"]
print(pd.Series(rf.feature_importances_, index=X_sel.columns).sort_values(ascending=False).head(10).round(4))
