import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

# ---------------------------------------------------------------- config
TRAIN_PATH = "train.csv"
TEST_PATH = "test.csv"
TARGET = "defaulted"
NUMERIC = ["loan_id", "loan_amount", "term_months", "interest_rate", "income", "dti",
           "credit_score", "employment_years", "n_open_accounts", "revol_util", "collections_flag"]
CATEGORICAL = ["home_ownership", "purpose"]
CUTOFF = "2024-01-01"


# ---------------------------------------------------------------- helpers
def read(path):
    return pd.read_csv(path, parse_dates=["application_date"])


def split(df):
    """Out-of-time split; repeat applicants removed from the test period."""
    old = df[df["application_date"] < CUTOFF]
    new = df[df["application_date"] >= CUTOFF]
    new = new[~new["applicant_id"].isin(old["applicant_id"])]
    return old, new


def make_model():
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)
    return Pipeline([("pre", pre), ("rf", rf)])


# ---------------------------------------------------------------- main
df = read(TRAIN_PATH)
train, test = split(df)
features = NUMERIC + CATEGORICAL

model = make_model()
model.fit(train[features], train[TARGET])

train_acc = accuracy_score(train[TARGET], model.predict(train[features]))
test_acc = accuracy_score(test[TARGET], model.predict(test[features]))
print(f"train accuracy: {train_acc:.4f}")
print(f"test accuracy : {test_acc:.4f}")

importances = pd.Series(
    model.named_steps["rf"].feature_importances_,
    index=model.named_steps["pre"].get_feature_names_out(),
).sort_values(ascending=False)
print(importances.head(10))

# predictions
model.fit(df[features], df[TARGET])
sub = read(TEST_PATH)
pd.DataFrame({"loan_id": sub["loan_id"], "prediction": model.predict_proba(sub[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
