import json
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

with open("task.json") as fh:
    cfg = json.load(fh)

target = cfg["target"]
id_col = cfg["id_column"]
post_outcome = cfg["leaky_columns"]

loans = pd.read_csv("train.csv")
new_apps = pd.read_csv("test.csv")

print(loans.head())
print(loans.dtypes)
print("default rate:", loans[target].mean().round(4))

# quick look at default rate by purpose / home ownership
for col in ["purpose", "home_ownership"]:
    print(loans.groupby(col)[target].agg(["mean", "size"]).sort_values("mean"))

features = [c for c in loans.columns if c not in [target, id_col] + post_outcome]
categorical = [c for c in features if loans[c].dtype == object]
numeric = [c for c in features if c not in categorical]
print(len(numeric), "numeric,", len(categorical), "categorical")

train_df, valid_df = train_test_split(loans, test_size=0.2, stratify=loans[target], random_state=3)

prep = make_column_transformer(
    (SimpleImputer(strategy="median"), numeric),
    (make_pipeline(SimpleImputer(strategy="most_frequent"),
                   OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)), categorical),
)
forest = make_pipeline(
    prep,
    RandomForestClassifier(n_estimators=500, max_depth=12, class_weight="balanced_subsample",
                           n_jobs=-1, random_state=3),
)
forest.fit(train_df[features], train_df[target])

majority = DummyClassifier(strategy="most_frequent").fit(train_df[features], train_df[target])

acc_model = accuracy_score(valid_df[target], forest.predict(valid_df[features]))
acc_major = accuracy_score(valid_df[target], majority.predict(valid_df[features]))
print(f"majority-class accuracy: {acc_major:.4f}")
print(f"random forest accuracy : {acc_model:.4f}")
print(f"improvement over majority: {100 * (acc_model - acc_major):.2f} pts")

forest.fit(loans[features], loans[target])
out = pd.DataFrame({id_col: new_apps[id_col],
                    "prediction": forest.predict_proba(new_apps[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
