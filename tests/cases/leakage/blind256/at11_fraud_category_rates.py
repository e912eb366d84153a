"""
Fraud scoring - logistic regression with risk-rate features.

Merchant category and country have many levels and one-hot encoding them makes
the logistic regression noisy, so instead each level is replaced by its
historical fraud rate (smoothed towards the global rate for small levels).
Everything else goes through a standard sklearn preprocessing pipeline.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder, FunctionTransformer
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud"
RISK_COLS = ["merchant_category", "country"]
SMOOTH = 50  # pseudo-count towards the global rate

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape, "fraud rate", round(df[TARGET].mean(), 4))
print(df[RISK_COLS].nunique())


def smoothed_rate(frame, col, prior):
    stats = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (stats["sum"] + SMOOTH * prior) / (stats["count"] + SMOOTH)


# risk-rate features
prior = df[TARGET].mean()
for col in RISK_COLS:
    rate = smoothed_rate(df, col, prior)
    df[col + "_risk"] = df[col].map(rate)
    test[col + "_risk"] = test[col].map(rate).fillna(prior)

ax = df.groupby("merchant_category")["merchant_category_risk"].first().sort_values().plot.barh(figsize=(6, 5))
ax.set_title("smoothed fraud rate per merchant category")
plt.tight_layout()
plt.savefig("mcc_risk.png")

num_cols = ["amount", "hour", "distance_from_home_km", "account_age_days", "txn_count_24h",
            "merchant_category_risk", "country_risk"]
cat_cols = ["device_type"]

train_df, valid_df = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=11)

prep = ColumnTransformer([
    ("log_amount", FunctionTransformer(np.log1p), ["amount"]),
    ("num", StandardScaler(), [c for c in num_cols if c != "amount"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
model = Pipeline([("prep", prep), ("lr", LogisticRegression(max_iter=1000, class_weight="balanced"))])
model.fit(train_df[num_cols + cat_cols], train_df[TARGET])
p_valid = model.predict_proba(valid_df[num_cols + cat_cols])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(train_df[num_cols], train_df[TARGET])
p_base = baseline.predict_proba(valid_df[num_cols])[:, 1]

print("baseline      ROC AUC %.4f | AP %.4f" % (roc_auc_score(valid_df[TARGET], p_base),
                                                average_precision_score(valid_df[TARGET], p_base)))
print("logistic reg  ROC AUC %.4f | AP %.4f" % (roc_auc_score(valid_df[TARGET], p_valid),
                                                average_precision_score(valid_df[TARGET], p_valid)))

coef = pd.Series(model.named_steps["lr"].coef_[0], index=model.named_steps["prep"].get_feature_names_out())
print(coef.sort_values())

# refit on all labelled rows and predict
model.fit(df[num_cols + cat_cols], df[TARGET])
out = pd.DataFrame({"transaction_id": test["transaction_id"],
                    "prediction": model.predict_proba(test[num_cols + cat_cols])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
