# Airline Passenger Satisfaction (Kaggle, train.csv / test.csv both have the label)
# XGBoost with early stopping

import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")
print(train.shape, test.shape)

def clean(df, fill_delay):
    df = df.drop(columns=["Unnamed: 0", "id"])
    df["Arrival Delay in Minutes"] = df["Arrival Delay in Minutes"].fillna(fill_delay)
    df["Gender"] = df["Gender"].map({"Male": 0, "Female": 1})
    df["Customer Type"] = df["Customer Type"].map({"disloyal Customer": 0, "Loyal Customer": 1})
    df["Type of Travel"] = df["Type of Travel"].map({"Personal Travel": 0, "Business travel": 1})
    df["Class"] = df["Class"].map({"Eco": 0, "Eco Plus": 1, "Business": 2})
    df["satisfaction"] = (df["satisfaction"] == "satisfied").astype(int)
    # total delay is a bit more stable than two separate columns
    df["total_delay"] = df["Departure Delay in Minutes"] + df["Arrival Delay in Minutes"]
    return df

delay_median = train["Arrival Delay in Minutes"].median()   # from train
train = clean(train, delay_median)
test = clean(test, delay_median)

X_full, y_full = train.drop(columns="satisfaction"), train["satisfaction"]
X_test, y_test = test.drop(columns="satisfaction"), test["satisfaction"]

# early stopping watches a slice of the training file, not test.csv
X_train, X_val, y_train, y_val = train_test_split(X_full, y_full, test_size=0.15, stratify=y_full, random_state=42)

# how good is "everyone is neutral/dissatisfied"?
majority = y_train.mode()[0]
print("baseline accuracy (always majority):", round(accuracy_score(y_test, np.full(len(y_test), majority)), 4))

model = xgb.XGBClassifier(
    n_estimators=2000,
    learning_rate=0.05,
    max_depth=7,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="logloss",
    early_stopping_rounds=50,
    random_state=42,
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=200)
print("best iteration:", model.best_iteration)

pred = model.predict(X_test)
proba = model.predict_proba(X_test)[:, 1]
print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("roc auc :", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred, target_names=["neutral/dissatisfied", "satisfied"]))

imp = pd.Series(model.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(10))
