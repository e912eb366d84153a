# Customer churn - SVM vs KNN  (Churn_Modelling.csv, target 'Exited')
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, classification_report


def prepare(path):
    data = pd.read_csv(path)
    data = data.drop(columns=['RowNumber', 'CustomerId', 'Surname'])
    data['Gender'] = data['Gender'].map({'Male': 0, 'Female': 1})
    data = pd.get_dummies(data, columns=['Geography'])
    data['HasBalance'] = (data['Balance'] > 0).astype(int)
    return data


def scale(X_train, X_test):
    sc = StandardScaler()
    X_train_s = sc.fit_transform(X_train)
    sc_test = StandardScaler()
    X_test_s = sc_test.fit_transform(X_test)
    return X_train_s, X_test_s


def run():
    data = prepare('Churn_Modelling.csv')
    X = data.drop('Exited', axis=1)
    y = data['Exited']
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=5, stratify=y)
    X_train_s, X_test_s = scale(X_train, X_test)

    models = {
        'svm_rbf': SVC(C=2.0, gamma='scale', probability=True, class_weight='balanced', random_state=5),
        'knn_15': KNeighborsClassifier(n_neighbors=15, weights='distance'),
    }
    for name, m in models.items():
        m.fit(X_train_s, y_train)
        p = m.predict_proba(X_test_s)[:, 1]
        print('=' * 40)
        print(name, 'AUC =', round(roc_auc_score(y_test, p), 4))
        print(classification_report(y_test, (p > 0.5).astype(int)))


if __name__ == '__main__':
    run()
