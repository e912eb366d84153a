# Fraud classifier - simple and explainable first model
# Author: candidate
# Time spent: ~2.5h

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression

TRAIN_PATH = "train.csv"
TEST_PATH = "test.csv"

data = pd.read_csv(TRAIN_PATH)
holdout = pd.read_csv(TEST_PATH)

# quick EDA
print(data.shape)
print(data["is_fraud"].value_counts())
fig, axes = plt.subplots(1, 3, figsize=(14, 4))
data.boxplot(column="amount", by="is_fraud", ax=axes[0])
data.boxplot(column="distance_from_home_km", by="is_fraud", ax=axes[1])
data.groupby("hour")["is_fraud"].mean().plot(ax=axes[2], title="fraud rate by hour")
plt.tight_layout()
plt.savefig("eda.png")

# Columns a payment processor actually has when the card is swiped.
# (chargeback_flag is a post-transaction outcome, transaction_id is a key)
num_features = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
bin_features = ["card_present", "country_mismatch"]
cat_features = ["merchant_category"]

data["distance_from_home_km"] = data["distance_from_home_km"].fillna(0)
holdout["distance_from_home_km"] = holdout["distance_from_home_km"].fillna(0)

X = data[num_features + bin_features + cat_features]
y = data["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

preprocess = make_column_transformer(
    (StandardScaler(), num_features),
    (OneHotEncoder(handle_unknown="ignore"), cat_features),
    remainder="passthrough",
)
model = make_pipeline(preprocess, LogisticRegression(max_iter=500, class_weight="balanced"))
model.fit(X_train, y_train)

print("Train accuracy:", round(model.score(X_train, y_train), 4))
print("Test accuracy: ", round(model.score(X_test, y_test), 4))

# which features push the score up?
names = model[0].get_feature_names_out()
weights = pd.Series(model[-1].coef_.ravel(), index=names).sort_values(ascending=False)
print(weights.head(8))

model.fit(X, y)
holdout["prediction"] = model.predict_proba(holdout[num_features + bin_features + cat_features])[:, 1]
holdout[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done")
