# grant approval take-home
# logistic regression on a chronological 80/20 split

import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["submitted_on"])
df_test = pd.read_csv("test.csv", parse_dates=["submitted_on"])

print(df.head())
print(df.isnull().sum())

df = df.sort_values("submitted_on").reset_index(drop=True)

# engineered columns
for d in (df, df_test):
    d["log_req"] = np.log1p(d["requested_amount"])
    d["abstract_words"] = d["abstract"].fillna("").str.split().str.len()
    d["quarter"] = d["submitted_on"].dt.quarter

cat_features = ["division", "program_area", "org_type", "region"]
num_features = ["log_req", "org_age_years", "prior_awards", "pi_h_index", "team_size",
                "n_letters_support", "budget_pages", "is_resubmission", "abstract_words",
                "quarter"]

n_train = int(len(df) * 0.8)
train_df = df.iloc[:n_train]
valid_df = df.iloc[n_train:]
print("train up to", train_df["submitted_on"].max(), "| valid from", valid_df["submitted_on"].min())

model = Pipeline([
    ("ct", ColumnTransformer([
        ("scale", StandardScaler(), num_features),
        ("onehot", OneHotEncoder(handle_unknown="ignore"), cat_features),
    ])),
    ("clf", LogisticRegression(C=0.5, max_iter=2000)),
])
model.fit(train_df[cat_features + num_features], train_df["approved"])

train_acc = accuracy_score(train_df["approved"], model.predict(train_df[cat_features + num_features]))
valid_acc = accuracy_score(valid_df["approved"], model.predict(valid_df[cat_features + num_features]))
print("Train accuracy:", round(train_acc, 4))
print("Validation accuracy:", round(valid_acc, 4))

coefs = pd.Series(model.named_steps["clf"].coef_[0],
                  index=model.named_steps["ct"].get_feature_names_out())
print(coefs.sort_values())

# final model on all data
model.fit(df[cat_features + num_features], df["approved"])
preds = model.predict_proba(df_test[cat_features + num_features])[:, 1]
pd.DataFrame({"application_id": df_test["application_id"], "prediction": preds}).to_csv(
    "predictions.csv", index=False)
