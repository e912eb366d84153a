"""Churn next month -- segment risk via TargetEncoder, then boosting.

Segment churn rates are learnt by sklearn's TargetEncoder inside the pipeline, so
they only ever see the training months (fit_transform cross-fits on train,
transform on the holdout uses the train-only encodings).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import TargetEncoder

sklearn.set_config(transform_output="pandas")
TARGET = "churned_next_month"
ENGAGEMENT_BINS = [-1, 2, 8, 20, np.inf]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    return (
        df.sort_values(["customer_id", "snapshot_month"])
        .assign(
            engagement=lambda d: pd.cut(d.logins_30d, ENGAGEMENT_BINS,
                                        labels=["none", "low", "mid", "high"]).astype(str),
            segment=lambda d: d.plan.str.cat(d.region, sep="|"),
            plan_engagement=lambda d: d.plan + "|" + d.engagement,
            logins_prev=lambda d: d.groupby("customer_id").logins_30d.shift(1),
            tenure_bucket=lambda d: np.select(
                [d.tenure_months < 6, d.tenure_months < 24], [0, 1], default=2),
        )
        .astype({"plan": "category", "region": "category"})
    )


def evaluate(y, p) -> dict[str, float]:
    return {"auc": roc_auc_score(y, p), "ap": average_precision_score(y, p)}


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).pipe(build_features)
print(df.shape)
print(df.groupby("engagement")[TARGET].mean())

cut = pd.Timestamp("2024-10-01")
train = df.loc[lambda d: d.snapshot_month < cut]
test = df.loc[lambda d: (d.snapshot_month >= cut) & ~d.customer_id.isin(train.customer_id)]
print(len(train), len(test), test.customer_id.nunique())

te_cols = ["segment", "plan_engagement"]
features = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
            "logins_30d", "days_since_last_login", "support_tickets_30d",
            "payment_failures_90d", "logins_prev", "tenure_bucket", *te_cols]

model = make_pipeline(
    ColumnTransformer(
        [("te", TargetEncoder(target_type="binary", cv=5, random_state=0), te_cols)],
        remainder="passthrough",
        verbose_feature_names_out=False,
    ),
    HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300,
                                   learning_rate=0.05, random_state=3),
)
model.fit(train[features], train[TARGET])
p = model.predict_proba(test[features])[:, 1]
print(evaluate(test[TARGET], p))

enc = model[0].named_transformers_["te"]
for cats, vals, name in zip(enc.categories_, enc.encodings_, te_cols):
    s = pd.Series(vals, index=cats).sort_values()
    s.plot.barh(figsize=(5, 4), title=f"{name} encoding (train months only)")
    plt.tight_layout()
    plt.show()

# per-month AUC on the holdout, just to see it isn't driven by one month
print(
    test.assign(p=p)
    .groupby("snapshot_month")
    .apply(lambda g: pd.Series(evaluate(g[TARGET], g.p)))
    .round(3)
)
