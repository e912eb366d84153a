# Employee promotion prediction - gradient boosting
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score

df = pd.read_csv("train.csv")
print(df.shape)
print(df.head())
print(df["is_promoted"].value_counts(normalize=True))

# one-hot the text columns
cat_cols = ["department", "region", "education", "gender", "recruitment_channel"]
df = pd.get_dummies(df, columns=cat_cols)

df["previous_year_rating"] = df["previous_year_rating"].fillna(0)
df["trainings_x_score"] = df["no_of_trainings"] * df["avg_training_score"]

X = df.drop(columns=["is_promoted"])
y = df["is_promoted"]
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05)
hgb.fit(X_train, y_train)
proba = hgb.predict_proba(X_test)[:, 1]

print("ROC AUC:", roc_auc_score(y_test, proba))
print("F1     :", f1_score(y_test, proba > 0.4))

plt.hist(proba[y_test == 0], bins=40, alpha=0.5, label="not promoted")
plt.hist(proba[y_test == 1], bins=40, alpha=0.5, label="promoted")
plt.legend()
plt.show()

test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=cat_cols)
test = test.reindex(columns=X.columns, fill_value=0)
test["previous_year_rating"] = test["previous_year_rating"].fillna(0)
test["trainings_x_score"] = test["no_of_trainings"] * test["avg_training_score"]
pd.DataFrame({"employee_id": test["employee_id"],
              "prediction": hgb.predict_proba(test[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
