# Promotion prediction - take-home submission
# Steps: clean -> impute -> encode -> split -> random forest

import pandas as pd
import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, recall_score, precision_score

data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(data.head())
print(data.describe(include="all").T)
print("promotion rate:", round(data["promoted"].mean(), 3))

# ---- cleaning
for frame in (data, test):
    frame["education"] = frame["education"].fillna("Unknown")
    frame["gender"] = frame["gender"].map({"m": 1, "f": 0})

num_cols = ["no_of_trainings", "age", "previous_year_rating", "length_of_service",
            "kpis_met_80", "awards_won", "avg_training_score", "manager_rating", "team_size"]
cat_cols = ["department", "region", "education", "recruitment_channel"]

# ---- impute numeric gaps (previous_year_rating and manager_rating have NaNs)
imp = SimpleImputer(strategy="median")
data[num_cols] = imp.fit_transform(data[num_cols])
test[num_cols] = imp.transform(test[num_cols])

# ---- encode
X_all = pd.get_dummies(data[num_cols + cat_cols + ["gender"]], columns=cat_cols, dtype=int)
X_test_sub = pd.get_dummies(test[num_cols + cat_cols + ["gender"]], columns=cat_cols, dtype=int)
X_test_sub = X_test_sub.reindex(columns=X_all.columns, fill_value=0)
y_all = data["promoted"]

# ---- split
X_train, X_val, y_train, y_val = train_test_split(X_all, y_all, test_size=0.2,
                                                  random_state=42, stratify=y_all)

# ---- model
rf = RandomForestClassifier(n_estimators=300, class_weight="balanced", min_samples_leaf=5,
                            random_state=42)
rf.fit(X_train, y_train)
rf_pred = rf.predict(X_val)
rf_proba = rf.predict_proba(X_val)[:, 1]

print(f"acc={accuracy_score(y_val, rf_pred):.3f} f1={f1_score(y_val, rf_pred):.3f} "
      f"prec={precision_score(y_val, rf_pred):.3f} rec={recall_score(y_val, rf_pred):.3f}")
print("mean predicted prob on val:", rf_proba.mean().round(3))

importances = pd.Series(rf.feature_importances_, index=X_all.columns).sort_values(ascending=False)
print(importances.head(15))

rf.fit(X_all, y_all)
out = pd.DataFrame({"review_id": test["review_id"], "prediction": rf.predict_proba(X_test_sub)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
