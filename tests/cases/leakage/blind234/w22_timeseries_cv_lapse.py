"""Lapse prediction -- time-series cross-validation.

The panel is ordered by calendar year and every fold trains on earlier years
and validates on later ones (sklearn's TimeSeriesSplit), which is the honest
way to evaluate something that will be used to predict next year's lapses.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "lapsed"
CAT = ["sex", "smoker", "product_type", "premium_mode", "payment_method", "agent_channel", "region"]
NUM = ["policy_duration", "issue_age", "annual_premium", "sum_assured", "premium_change_pct",
       "loan_balance", "interest_rate", "unemployment_rate", "missed_payments",
       "missed_prev_year", "loan_growth"]

df = pd.read_csv("train.csv")
df = df.sort_values(["policy_id", "calendar_year"])
df["missed_prev_year"] = df.groupby("policy_id")["missed_payments"].shift(1)
df["loan_growth"] = df.groupby("policy_id")["loan_balance"].diff()

# chronological order for the CV
df = df.sort_values("calendar_year", kind="stable").reset_index(drop=True)
X, y = df[CAT + NUM], df[TARGET]
print(df["calendar_year"].value_counts().sort_index())

prep = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
    remainder="passthrough",
)
n_cat = len(CAT)

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "hgb": Pipeline([
        ("prep", prep),
        ("clf", HistGradientBoostingClassifier(
            max_iter=250, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=80,
            categorical_features=list(range(n_cat)), random_state=22)),
    ]),
}

tscv = TimeSeriesSplit(n_splits=5)
for k, (a, b) in enumerate(tscv.split(X)):
    print(f"fold {k}: train years {df.calendar_year.iloc[a].min()}-{df.calendar_year.iloc[a].max()}"
          f"  valid years {df.calendar_year.iloc[b].min()}-{df.calendar_year.iloc[b].max()}")

summary = {}
for name, model in models.items():
    cv = cross_validate(model, X, y, cv=tscv,
                        scoring={"auc": "roc_auc", "ap": "average_precision", "brier": "neg_brier_score"})
    summary[name] = {
        "auc_mean": cv["test_auc"].mean(), "auc_std": cv["test_auc"].std(),
        "ap_mean": cv["test_ap"].mean(),
        "brier_mean": -cv["test_brier"].mean(),
    }
    print(name, np.round(cv["test_auc"], 4))

print(pd.DataFrame(summary).T.round(4))

# final fit on all years for the submission
final = models["hgb"].fit(X, y)
test = pd.read_csv("test.csv")
hist = pd.concat([df.drop(columns=["missed_prev_year", "loan_growth"]), test], ignore_index=True)
hist = hist.sort_values(["policy_id", "calendar_year"])
hist["missed_prev_year"] = hist.groupby("policy_id")["missed_payments"].shift(1)
hist["loan_growth"] = hist.groupby("policy_id")["loan_balance"].diff()
scored = hist[hist["policy_year_id"].isin(test["policy_year_id"])]
pd.DataFrame({"policy_year_id": scored["policy_year_id"],
              "prediction": final.predict_proba(scored[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
