# Login anomaly detection (account takeover)
# quick logistic regression model

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
print(df.head())
print(df.dtypes)

# one-hot the categorical login attributes
df = pd.get_dummies(df, columns=["mfa_method", "auth_protocol", "user_agent_family"], drop_first=True)

feature_cols = ["is_new_device", "is_new_country", "hour", "failed_attempts_1h", "geo_velocity_kmh"]
feature_cols += [c for c in df.columns if c.startswith(("mfa_method_", "auth_protocol_", "user_agent_family_"))]

X = df[feature_cols].fillna(0)
y = df["is_takeover"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

sc = StandardScaler()
X_train_s = sc.fit_transform(X_train)
X_test_s = sc.transform(X_test)

model = LogisticRegression(max_iter=1000)
model.fit(X_train_s, y_train)

train_acc = accuracy_score(y_train, model.predict(X_train_s))
test_acc = accuracy_score(y_test, model.predict(X_test_s))
print("Train accuracy:", round(train_acc, 4))
print("Test accuracy:", round(test_acc, 4))

coefs = pd.Series(model.coef_[0], index=feature_cols).sort_values()
print(coefs)

# predictions for submission
test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=["mfa_method", "auth_protocol", "user_agent_family"], drop_first=True)
for c in feature_cols:
    if c not in test.columns:
        test[c] = 0
X_sub = sc.transform(test[feature_cols].fillna(0))
pd.DataFrame({"login_id": test["login_id"], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
