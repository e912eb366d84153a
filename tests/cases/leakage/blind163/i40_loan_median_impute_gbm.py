import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

# Loan default prediction
df = pd.read_csv("train.csv", parse_dates=["application_date"])
print(df.info())
print(df["defaulted"].value_counts())

# drop post-outcome columns
df = df.drop(columns=["collections_status", "recovery_amount"])

# missing values
num_cols = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
            "employment_length", "num_open_accounts", "delinquencies_2y", "revolving_util"]
print(df[num_cols].isnull().sum())
df[num_cols] = df[num_cols].fillna(df[num_cols].median())

# encode categoricals
df = pd.get_dummies(df, columns=["home_ownership", "purpose"], drop_first=True)

# extra features
df["income_per_account"] = df["annual_income"] / (df["num_open_accounts"] + 1)
df["rate_x_term"] = df["interest_rate"] * df["term_months"]
df["credit_bad"] = (df["credit_score"] < 620).astype(int)

# out-of-time split (newest 25% of applications)
df = df.sort_values("application_date")
split_idx = int(len(df) * 0.75)
train_df, test_df = df.iloc[:split_idx], df.iloc[split_idx:]

features = [c for c in df.columns if c not in ["application_id", "application_date", "defaulted"]]
X_train, y_train = train_df[features], train_df["defaulted"]
X_test, y_test = test_df[features], test_df["defaulted"]

gb = GradientBoostingClassifier(n_estimators=250, learning_rate=0.08, max_depth=3, random_state=0)
gb.fit(X_train, y_train)

train_acc = accuracy_score(y_train, gb.predict(X_train))
test_acc = accuracy_score(y_test, gb.predict(X_test))
print(f"train accuracy: {train_acc:.4f}")
print(f"test accuracy:  {test_acc:.4f}")

importance = pd.DataFrame({"feature": features, "importance": gb.feature_importances_})
print(importance.sort_values("importance", ascending=False).head(10))

# fit on everything and predict the submission file
gb.fit(df[features], df["defaulted"])
test = pd.read_csv("test.csv", parse_dates=["application_date"])
test[num_cols] = test[num_cols].fillna(df[num_cols].median())
test = pd.get_dummies(test, columns=["home_ownership", "purpose"], drop_first=True)
test["income_per_account"] = test["annual_income"] / (test["num_open_accounts"] + 1)
test["rate_x_term"] = test["interest_rate"] * test["term_months"]
test["credit_bad"] = (test["credit_score"] < 620).astype(int)
test = test.reindex(columns=["application_id"] + features, fill_value=0)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": gb.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
