"""
Telecom churn (Orange / BigML churn-80 + churn-20 combined).
Customer usage segments + state-level churn propensity, gradient boosting, 5-fold CV.
"""
import pandas as pd
import numpy as np
from catboost import CatBoostClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

a = pd.read_csv("churn-bigml-80.csv")
b = pd.read_csv("churn-bigml-20.csv")
df = pd.concat([a, b], ignore_index=True)
df.columns = [c.strip().lower().replace(" ", "_") for c in df.columns]
df["churn"] = df["churn"].astype(int)
print(df.shape, "churn rate", round(df.churn.mean(), 3))

df["international_plan"] = (df["international_plan"] == "Yes").astype(int)
df["voice_mail_plan"] = (df["voice_mail_plan"] == "Yes").astype(int)

# usage aggregates
df["total_minutes"] = df[["total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes"]].sum(axis=1)
df["total_charge"] = df[["total_day_charge", "total_eve_charge", "total_night_charge", "total_intl_charge"]].sum(axis=1)
df["total_calls"] = df[["total_day_calls", "total_eve_calls", "total_night_calls", "total_intl_calls"]].sum(axis=1)
df["charge_per_minute"] = df.total_charge / df.total_minutes.replace(0, np.nan)

# usage segments with fixed business cut-offs (marketing's tiers)
df["usage_tier"] = pd.cut(df.total_minutes, bins=[0, 400, 550, 700, 10_000], labels=False, include_lowest=True)
df["service_tier"] = pd.cut(df.customer_service_calls, bins=[-1, 1, 3, 100], labels=False)

# state-level churn propensity, smoothed towards the global rate
global_rate = df["churn"].mean()
state_stats = df.groupby("state")["churn"].agg(["sum", "count"])
m = 20
state_stats["state_churn_rate"] = (state_stats["sum"] + m * global_rate) / (state_stats["count"] + m)
df["state_churn_rate"] = df["state"].map(state_stats["state_churn_rate"])

seg_rate = df.groupby(["usage_tier", "service_tier"])["churn"].transform("mean")
df["segment_churn_rate"] = seg_rate

print(df.groupby(["usage_tier", "service_tier"]).churn.agg(["mean", "size"]).round(3))

features = [
    "account_length", "area_code", "international_plan", "voice_mail_plan", "number_vmail_messages",
    "total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes",
    "total_intl_calls", "customer_service_calls", "total_minutes", "total_charge", "total_calls",
    "charge_per_minute", "usage_tier", "service_tier", "state_churn_rate", "segment_churn_rate",
]
X = df[features].fillna(0)
y = df["churn"]

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=2024)
models = {
    "hist_gb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0),
    "catboost": CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0),
}

for name, model in models.items():
    cv = cross_validate(model, X, y, cv=skf, scoring=["roc_auc", "f1", "recall", "precision"], n_jobs=1)
    print(f"\n{name}")
    for metric in ["roc_auc", "f1", "recall", "precision"]:
        vals = cv[f"test_{metric}"]
        print(f"  {metric:9s} {vals.mean():.4f} +/- {vals.std():.4f}")

final = models["catboost"].fit(X, y)
imp = pd.Series(final.get_feature_importance(), index=features).sort_values(ascending=False)
print("\nCatBoost importances\n", imp.round(2).head(10))
