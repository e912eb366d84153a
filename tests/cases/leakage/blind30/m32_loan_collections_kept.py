import polars as pl
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------- config
TRAIN_CSV = "train.csv"
TARGET = "defaulted"
CUT = "2023-01-01"
SEED = 8

# ---------------------------------------------------------------- load
loans = pl.read_csv(TRAIN_CSV, try_parse_dates=True).sort("application_date")
print(loans.schema)

# ---------------------------------------------------------------- features
loans = loans.with_columns(
    (pl.col("amount") / pl.col("income")).alias("amount_income_ratio"),
    (pl.col("term_months") == 60).cast(pl.Int8).alias("long_term"),
    pl.col("credit_score").clip(300, 850),
    pl.col("employment_years").fill_null(0),
    pl.col("application_date").dt.month().alias("app_month"),
).to_dummies(columns=["purpose"])

# ---------------------------------------------------------------- split
cut = pl.lit(CUT).str.to_date()
train = loans.filter(pl.col("application_date") < cut)
test = loans.filter(pl.col("application_date") >= cut)
test = test.join(train.select("applicant_id").unique(), on="applicant_id", how="anti")
print("train", train.shape, "test", test.shape)


def to_xy(df: pl.DataFrame):
    X = df.drop([TARGET, "loan_id", "applicant_id", "application_date"])
    return X, df[TARGET]


X_train, y_train = to_xy(train)
X_test, y_test = to_xy(test)
# purpose dummies can differ between periods
for col in set(X_train.columns) - set(X_test.columns):
    X_test = X_test.with_columns(pl.lit(0).alias(col))
X_test = X_test.select(X_train.columns)

# ---------------------------------------------------------------- model
rf = RandomForestClassifier(
    n_estimators=500,
    max_depth=10,
    min_samples_leaf=20,
    class_weight="balanced",
    n_jobs=-1,
    random_state=SEED,
)
rf.fit(X_train.to_numpy(), y_train.to_numpy())

pred = rf.predict(X_test.to_numpy())
print("Accuracy on 2023 applications:", round(accuracy_score(y_test.to_numpy(), pred), 4))

top = sorted(zip(X_train.columns, rf.feature_importances_), key=lambda t: -t[1])[:10]
for name, imp in top:
    print(f"{name:28s} {imp:.4f}")
