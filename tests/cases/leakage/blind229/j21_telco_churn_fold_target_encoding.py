"""
Telecom churn (BigML churn-80 + churn-20 combined).
Usage segments + state / segment churn propensity. The propensities are target
statistics, so they are learned inside each CV fold from the training part only.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from catboost import CatBoostClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline

df = pd.concat([pd.read_csv("churn-bigml-80.csv"), pd.read_csv("churn-bigml-20.csv")], ignore_index=True)
df.columns = [c.strip().lower().replace(" ", "_") for c in df.columns]
df["churn"] = df["churn"].astype(int)
df["international_plan"] = (df["international_plan"] == "Yes").astype(int)
df["voice_mail_plan"] = (df["voice_mail_plan"] == "Yes").astype(int)

df["total_minutes"] = df.filter(regex=r"^total_.*_minutes$").sum(axis=1)
df["total_charge"] = df.filter(regex=r"^total_.*_charge$").sum(axis=1)
df["total_calls"] = df.filter(regex=r"^total_.*_calls$").sum(axis=1)
df["charge_per_minute"] = df.total_charge / df.total_minutes.replace(0, np.nan)
df["usage_tier"] = pd.cut(df.total_minutes, bins=[0, 400, 550, 700, 10_000], labels=False, include_lowest=True)
df["service_tier"] = pd.cut(df.customer_service_calls, bins=[-1, 1, 3, 100], labels=False)
df["segment"] = df.usage_tier.astype(str) + "_" + df.service_tier.astype(str)

base_features = [
    "account_length", "area_code", "international_plan", "voice_mail_plan", "number_vmail_messages",
    "total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes",
    "total_intl_calls", "customer_service_calls", "total_minutes", "total_charge", "total_calls",
    "charge_per_minute", "usage_tier", "service_tier",
]


def smoothed_rate(train_part, col, target="churn", m=20):
    prior = train_part[target].mean()
    stats = train_part.groupby(col)[target].agg(["sum", "count"])
    rate = (stats["sum"] + m * prior) / (stats["count"] + m)
    return rate, prior


def add_rates(train_part, other_part):
    out_tr, out_ot = train_part.copy(), other_part.copy()
    for col in ["state", "segment"]:
        rate, prior = smoothed_rate(train_part, col)
        out_tr[f"{col}_churn_rate"] = out_tr[col].map(rate)
        out_ot[f"{col}_churn_rate"] = out_ot[col].map(rate).fillna(prior)
    return out_tr, out_ot


features = base_features + ["state_churn_rate", "segment_churn_rate"]
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=2024)
makers = {
    "hist_gb": lambda: HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0),
    "catboost": lambda: CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0),
}

for name, make in makers.items():
    aucs, f1s, recs, precs = [], [], [], []
    for tr_idx, va_idx in skf.split(df, df.churn):
        tr, va = add_rates(df.iloc[tr_idx], df.iloc[va_idx])
        model = make().fit(tr[features].fillna(0), tr.churn)
        p = model.predict_proba(va[features].fillna(0))[:, 1]
        aucs.append(roc_auc_score(va.churn, p))
        f1s.append(f1_score(va.churn, p >= 0.5))
        recs.append(recall_score(va.churn, p >= 0.5))
        precs.append(precision_score(va.churn, p >= 0.5))
    print(f"{name:9s} auc {np.mean(aucs):.4f}+/-{np.std(aucs):.4f}  f1 {np.mean(f1s):.4f}  "
          f"recall {np.mean(recs):.4f}  precision {np.mean(precs):.4f}")

# same idea with category_encoders inside a pipeline, for comparison
enc_pipe = make_pipeline(
    ce.TargetEncoder(cols=["state", "segment"], smoothing=20),
    HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0),
)
X_enc = df[base_features + ["state", "segment"]].fillna(0)
aucs = []
for tr_idx, va_idx in skf.split(X_enc, df.churn):
    enc_pipe.fit(X_enc.iloc[tr_idx], df.churn.iloc[tr_idx])
    aucs.append(roc_auc_score(df.churn.iloc[va_idx], enc_pipe.predict_proba(X_enc.iloc[va_idx])[:, 1]))
print(f"ce.TargetEncoder pipeline auc {np.mean(aucs):.4f}+/-{np.std(aucs):.4f}")
