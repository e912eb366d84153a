# fraud_logreg.py
# Quick logistic model for the fraud take-home. Scale numerics, one-hot merchant
# category, 5-fold CV on the training part, then the held-out 20%.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import sklearn
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer

sklearn.set_config(transform_output="pandas")

df = pd.read_csv("train.csv")
print(df.head())
print(df.is_fraud.value_counts())

# amount is very skewed
df.amount.plot.hist(bins=80, log=True, title="amount")
plt.show()

features = (
    df.drop(columns=["transaction_id", "chargeback_flag", "is_fraud"])
      .assign(card_present=lambda d: d.card_present.astype(int),
              country_mismatch=lambda d: d.country_mismatch.astype(int))
)
target = df["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(
    features, target, test_size=0.2, random_state=7, stratify=target)

prep = make_column_transformer(
    (make_pipeline(FunctionTransformer(np.log1p, feature_names_out="one-to-one"), StandardScaler()),
     ["amount", "distance_from_home_km"]),
    (StandardScaler(), ["hour", "txn_count_24h", "card_age_days"]),
    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), make_column_selector(dtype_include=object)),
    remainder="passthrough",
)
logreg = make_pipeline(prep, LogisticRegression(max_iter=3000, C=1.0))

cv_scores = cross_val_score(logreg, X_train, y_train, cv=5)
print("CV scores:", np.round(cv_scores, 4), "mean", cv_scores.mean().round(4))

logreg.fit(X_train, y_train)
print("held-out score:", round(logreg.score(X_test, y_test), 4))

coefs = pd.Series(logreg[-1].coef_[0], index=logreg[0].get_feature_names_out()).sort_values()
coefs.plot.barh(figsize=(6, 7), title="log-odds per feature")
plt.tight_layout()
plt.show()

logreg.fit(features, target)
test = pd.read_csv("test.csv")
test_X = test.drop(columns=["transaction_id", "chargeback_flag"], errors="ignore").assign(
    card_present=lambda d: d.card_present.astype(int),
    country_mismatch=lambda d: d.country_mismatch.astype(int))
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": logreg.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
