"""Hillstrom e-mail campaign: predict whether a customer visits the site after the e-mail.

Logistic regression on recency / history / channel / campaign arm.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

SEED = 0

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.head())
print("visit rate:", round(df["visit"].mean(), 4))
print("missing values:\n", df.isna().sum()[lambda s: s > 0])
print(df.groupby("segment")[["visit", "conversion"]].mean().round(4))

num_cols = ["recency", "history", "mens", "womens", "newbie"]

# --- features
def featurize(frame):
    X = pd.DataFrame(index=frame.index)
    X["recency"] = frame["recency"]
    X["log_history"] = np.log1p(frame["history"])
    X["mens"] = frame["mens"]
    X["womens"] = frame["womens"]
    X["newbie"] = frame["newbie"]
    X["both_lines"] = ((frame["mens"] == 1) & (frame["womens"] == 1)).astype(int)
    X = X.join(pd.get_dummies(frame["zip_code"], prefix="zip", dtype=float))
    X = X.join(pd.get_dummies(frame["channel"], prefix="ch", dtype=float))
    X = X.join(pd.get_dummies(frame["segment"], prefix="arm", dtype=float))
    return X


train_df, val_df = train_test_split(df, test_size=0.2, stratify=df["visit"], random_state=SEED)
train_df, val_df = train_df.copy(), val_df.copy()

# --- basic cleaning: numeric gaps filled with the column mean of the training part
fill_values = train_df[num_cols].mean()
train_df[num_cols] = train_df[num_cols].fillna(fill_values)
val_df[num_cols] = val_df[num_cols].fillna(fill_values)

X_train, y_train = featurize(train_df), train_df["visit"]
X_val = featurize(val_df).reindex(columns=X_train.columns, fill_value=0.0)
y_val = val_df["visit"]

model = LogisticRegression(C=1.0, max_iter=1000)
model.fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, est in [("logistic", model), ("dummy", dummy)]:
    p = est.predict_proba(X_val)[:, 1]
    print(f"{name:9s} AUC {roc_auc_score(y_val, p):.4f}  AP {average_precision_score(y_val, p):.4f}  "
          f"logloss {log_loss(y_val, p):.4f}")

print(pd.Series(model.coef_[0], index=X_train.columns).sort_values().round(3))

# --- final model on everything, predict test
full_fill = df[num_cols].mean()
df[num_cols] = df[num_cols].fillna(full_fill)
test[num_cols] = test[num_cols].fillna(full_fill)
X, y = featurize(df), df["visit"]
model.fit(X, y)
X_test = featurize(test).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"customer_id": test["customer_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
