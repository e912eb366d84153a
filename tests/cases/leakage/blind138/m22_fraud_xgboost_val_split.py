# XGBoost model for the card-fraud task
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from xgboost import XGBClassifier, plot_importance

df = pd.read_csv("train.csv")
print(df.shape)
print(df.is_fraud.value_counts())

features = ["amount", "merchant_category", "hour", "card_present", "distance_from_home_km",
            "txn_count_24h", "country_mismatch", "card_age_days"]

X = pd.get_dummies(df[features], columns=["merchant_category"], dtype=int)
y = df["is_fraud"]
X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)
# early stopping watches a validation split carved out of the training part
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.2, stratify=y_rest, random_state=2024)

ratio = (y_train == 0).sum() / (y_train == 1).sum()
model = XGBClassifier(
    n_estimators=2000,
    learning_rate=0.03,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=ratio,
    eval_metric="aucpr",
    early_stopping_rounds=50,
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=100)
print("best iteration:", model.best_iteration)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline AP:", average_precision_score(y_test, baseline.predict_proba(X_test)[:, 1]))

proba = model.predict_proba(X_test)[:, 1]
print("AP :", average_precision_score(y_test, proba))
print("AUC:", roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))

plot_importance(model, max_num_features=10)
plt.tight_layout()
plt.show()

test = pd.read_csv("test.csv")
X_sub = pd.get_dummies(test[features], columns=["merchant_category"], dtype=int).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
