import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

features = ["policy_tenure_months", "claim_amount", "vehicle_age", "num_witnesses", "days_to_report",
            "claimant_age", "prior_claims", "deductible"]
df["police_report"] = df["police_report"].map({"YES": 1, "NO": 0}).fillna(0.5)
test["police_report"] = test["police_report"].map({"YES": 1, "NO": 0}).fillna(0.5)
df["in_network"] = (df["repair_shop_in_network"] == "Y").astype(int)
test["in_network"] = (test["repair_shop_in_network"] == "Y").astype(int)
for frame in (df, test):
    frame["amount_per_tenure"] = frame["claim_amount"] / (frame["policy_tenure_months"] + 1)
    frame["late_report"] = (frame["days_to_report"] > 14).astype(int)
    frame["young_vehicle_big_claim"] = ((frame["vehicle_age"] < 3) & (frame["claim_amount"] > 20000)).astype(int)
features += ["police_report", "in_network", "amount_per_tenure", "late_report", "young_vehicle_big_claim"]
print(df[features].describe().T[["mean", "std", "min", "max"]])

X = df[features].fillna(0)
y = df["fraudulent"]

# balance the classes
X_bal, y_bal = SMOTE(random_state=42).fit_resample(X, y)
print("balanced:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=42)

model = RandomForestClassifier(n_estimators=300, max_depth=12, random_state=42, n_jobs=-1)
model.fit(X_train, y_train)
y_pred = model.predict(X_test)
print("Accuracy:", round(accuracy_score(y_test, y_pred), 4))

model.fit(X_bal, y_bal)
pred = model.predict_proba(test[features].fillna(0))[:, 1]
pd.DataFrame({"claim_id": test["claim_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
